/** The JSON form of QCA results (docs/json.md, "QCA"): {@link org.glassbox.qca.json.QcaJson}, the keys of the R package QCA where it has them. */
package org.glassbox.qca.json;
