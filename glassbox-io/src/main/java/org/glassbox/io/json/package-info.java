/**
 * The stable JSON forms (docs/json.md): analysis results ({@link org.glassbox.io.json.AnalysisJson}) and the paths that
 * name values in them ({@link org.glassbox.io.json.AnalysisPath}), process-mining results ({@link org.glassbox.io.json.ProcessJson}).
 */
package org.glassbox.io.json;
