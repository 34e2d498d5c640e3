/**
 * Source documents imported as text for coding (case format 1.1, documents.csv): {@link
 * org.glassbox.io.documents.DocumentImport} extracts .txt, .md, .html, .pdf and .docx to normalised text
 * whose code points passages address.
 */
package org.glassbox.io.documents;
