package org.glassbox.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.glassbox.core.process.EdgePerformance;

/**
 * Summaries of millisecond durations per key, bit for bit as the embedded engine's (mean, median,
 * min, max, sum in seconds; sample standard deviation, NaN for one value). The count, sum, min and
 * max are exact aggregates; mean = (sum / 1000) / n as the embedded engine divides; the median takes
 * the middle value(s) of the durations sorted per key (a distributed sort that spills, no key's values
 * held in memory); the standard deviation sums (d/1000 − mean)² in ascending order of d — the embedded
 * engine's order, as a running sum over the same sorted window — so that not even the rounding
 * differs. Cost: one shuffle by key and one sort of the durations, one Spark job; a key's durations
 * are sorted by one task, so one very frequent key (all case durations, for the stats) is the
 * bottleneck of a large log.
 */
final class DurationSummaries {
    /** A key's summary: how many durations and their figures. */
    record Summary(long n, EdgePerformance performance) {
    }

    private DurationSummaries() {
    }

    /** Summaries of {@code ms} (long, not null) per value of the string columns {@code keys}, by joined key. */
    static Map<String, Summary> of(Dataset<Row> durations, List<String> keys) {
        Column[] k = keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        WindowSpec byKey = Window.partitionBy(k);
        WindowSpec sorted = byKey.orderBy(col("ms"));
        Dataset<Row> agg = durations.withColumn("n", count("ms").over(byKey)).withColumn("s", sum("ms").over(byKey))
                .withColumn("lo", min("ms").over(byKey)).withColumn("hi", max("ms").over(byKey));
        agg = agg.withColumn("mean", col("s").cast("double").divide(1000.0).divide(col("n").cast("double")));
        Column d = col("ms").cast("double").divide(1000.0).minus(col("mean"));
        Dataset<Row> ranked = agg.withColumn("term", d.multiply(d))
                .withColumn("rn", row_number().over(sorted))
                .withColumn("run", sum("term").over(sorted.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        Column n = col("n");
        Column lowMiddle = n.plus(1).divide(2).cast("long"); // 1-based: the middle (odd) or the lower middle (even)
        Column highMiddle = n.divide(2).cast("long").plus(1);
        List<Row> rows = ranked.filter(col("rn").equalTo(lowMiddle).or(col("rn").equalTo(highMiddle)).or(col("rn").equalTo(n)))
                .select(concat(keys), col("n"), col("s"), col("lo"), col("hi"), col("rn"), col("ms"), col("run"))
                .collectAsList();
        Map<String, List<Row>> grouped = new HashMap<>();
        for (Row r : rows) {
            grouped.computeIfAbsent(r.getString(0), x -> new ArrayList<>()).add(r);
        }
        Map<String, Summary> out = new HashMap<>();
        grouped.forEach((key, rs) -> {
            Row first = rs.get(0);
            long count = first.getLong(1);
            long s = first.getLong(2);
            long lo = first.getLong(3);
            long hi = first.getLong(4);
            long midLow = (count + 1) / 2;
            long midHigh = count / 2 + 1;
            long atLow = 0;
            long atHigh = 0;
            double run = Double.NaN;
            for (Row r : rs) {
                long rn = r.getInt(5);
                if (rn == midLow) {
                    atLow = r.getLong(6);
                }
                if (rn == midHigh) {
                    atHigh = r.getLong(6);
                }
                if (rn == count) {
                    run = r.getDouble(7);
                }
            }
            double mean = s / 1000.0 / count;
            // the embedded engine: odd n the middle value, even n the mean of the two middle values (0-based n/2-1, n/2)
            double median = (count & 1) == 1 ? atLow / 1000.0 : (atLow / 1000.0 + atHigh / 1000.0) / 2.0;
            double stdev = count > 1 ? Math.sqrt(run / (count - 1)) : Double.NaN;
            out.put(key, new Summary(count, new EdgePerformance(mean, median, lo / 1000.0, hi / 1000.0, s / 1000.0, stdev)));
        });
        return out;
    }

    /** The key columns joined with U+0000 (the key of the maps this class returns). */
    static Column concat(List<String> keys) {
        return org.apache.spark.sql.functions.concat_ws("\u0000",
                keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)).as("key");
    }

    static String key(String... parts) {
        return String.join("\u0000", parts);
    }
}
