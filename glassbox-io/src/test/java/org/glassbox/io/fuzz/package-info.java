/** Jazzer fuzz tests of every parser: hostile bytes give a typed, positioned error, never a crash. */
package org.glassbox.io.fuzz;
