/**
 * The workspace server: the HTTP API of workspace.md over the store (routes as explicit code,
 * handlers as plain methods, typed exceptions mapped to statuses in one place) and the web UI's files.
 */
package org.glassbox.server;
