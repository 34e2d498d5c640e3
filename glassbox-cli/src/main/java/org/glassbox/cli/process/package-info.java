/** The {@code glassbox process} sub-commands: stats, dfg, ocdfg, handover, compare on event logs. */
package org.glassbox.cli.process;
