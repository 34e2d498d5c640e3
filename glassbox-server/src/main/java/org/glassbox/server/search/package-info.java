/**
 * Full-text search over a project's documents and passages: a Lucene index with CJK bigrams (and
 * unigrams for one-character terms) kept beside the store and rebuilt from it when missing or stale.
 */
package org.glassbox.server.search;
