/** Truth tables: configurations of conditions with their cases, consistency (inclS), PRI and output value. */
package org.glassbox.qca.truth;
