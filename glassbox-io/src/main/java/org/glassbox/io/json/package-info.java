/** The stable JSON form of analysis results (docs/json.md): {@link org.glassbox.io.json.AnalysisJson}. */
package org.glassbox.io.json;
