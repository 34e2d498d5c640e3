/** The cluster engine: the process-mining functions on Apache Spark DataFrames, results as glassbox-core's records. */
package org.glassbox.spark;
