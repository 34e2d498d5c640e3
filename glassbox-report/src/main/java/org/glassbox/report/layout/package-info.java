/** Layered (Sugiyama) drawing of directed graphs through the Eclipse Layout Kernel: boxes that never overlap, left to right. */
package org.glassbox.report.layout;
