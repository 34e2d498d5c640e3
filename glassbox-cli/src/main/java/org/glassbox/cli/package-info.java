/** The {@code glassbox} command: the only place that prints or exits. */
package org.glassbox.cli;
