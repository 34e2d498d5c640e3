/**
 * OCEL 2.0 in and out (JSON, XML, SQLite) on the one columnar {@link org.glassbox.core.model.EventLog},
 * and the lossless mapping between a coded case and an OCEL 2.0 log (case-format.md, "Interchange").
 */
package org.glassbox.io.ocel;
