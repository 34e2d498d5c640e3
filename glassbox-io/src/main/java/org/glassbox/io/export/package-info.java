/** Export for other tools: per-period networks as GraphML and GEXF 1.3 (Gephi), metrics as CSV (R, Excel), events as OCEL 2.0. */
package org.glassbox.io.export;
