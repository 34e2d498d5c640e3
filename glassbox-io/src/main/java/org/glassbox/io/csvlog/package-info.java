/** CSV event logs: a reader with a column mapping (case, activity, timestamp, resource) and a writer. */
package org.glassbox.io.csvlog;
