/** Glassbox io. */
package org.glassbox.io;
