/**
 * The io facades: {@link org.glassbox.io.Cases} (read, validate, write a case in any form) and
 * {@link org.glassbox.io.EventLogs} (read, write any event log); {@link org.glassbox.io.FileFormat} is the
 * one place that decides a file's format by its name.
 */
package org.glassbox.io;
