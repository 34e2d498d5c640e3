/**
 * The workspace's store: users, sessions, projects, members and cases (kept as the rows of the case
 * format's own tables, with versions and history) in embedded SQLite or in PostgreSQL.
 */
package org.glassbox.store;
