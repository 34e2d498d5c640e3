/**
 * What every event-log reader shares: the format exception with its position, read progress, ISO 8601 time
 * parsing and the log conventions (the missing activity); the XES, CSV and Parquet readers look down to it.
 */
package org.glassbox.io.log;
