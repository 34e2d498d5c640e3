/** Integration tests: the golden outputs of the glassbox command, checked across every module. */
package org.glassbox.it;
