/** Event logs as Apache Parquet (parquet-java on local files, no Hadoop at run time): pm4py's column names, mapped columns only, a partitioned folder as one log. */
package org.glassbox.io.parquet;
