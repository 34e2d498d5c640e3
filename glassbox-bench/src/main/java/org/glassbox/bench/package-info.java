/** Glassbox bench. */
package org.glassbox.bench;
