/** XES event logs (IEEE 1849): a fast streaming StAX reader for .xes and .xes.gz, and a writer. */
package org.glassbox.io.xes;
