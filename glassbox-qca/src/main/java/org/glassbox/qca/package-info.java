/** Glassbox qca. */
package org.glassbox.qca;
