package org.glassbox.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.glassbox.core.process.CaseDurationSummary;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.ThroughputPeriod;

/**
 * {@link ProcessStats} of an event frame, as glassbox-core computes them ({@code ProcessMining.stats},
 * {@code CaseStatistics}): sizes over every event, case durations (last − first event) and throughput
 * per UTC calendar month over the events with a time, and the warnings the embedded readers give for
 * the same file (events without activity, time or resource; several Parquet files read as one).
 */
final class FrameStats {
    private FrameStats() {
    }

    static ProcessStats of(LogSource log, Dataset<Row> events) {
        Row all = events.agg(count("*"), countDistinct(col("a")), countDistinct(col("r")),
                sum(when(col("t").isNull(), 1L).otherwise(0L)), sum(when(col("r").isNull(), 1L).otherwise(0L)),
                min("t"), max("t"), sum(when(col("a").equalTo(EventFrames.MISSING_ACTIVITY), 1L).otherwise(0L)),
                countDistinct(col("f"))).first();
        long n = all.getLong(0);
        long withoutTime = n == 0 ? 0 : all.getLong(3);
        long withoutResource = n == 0 ? 0 : all.getLong(4);
        Dataset<Row> view = FrameMining.view(events);
        int variants = FrameMining.variants(view, List.of(""), SequenceOrder.TIME).get("").size();
        Dataset<Row> cases = view.groupBy("c").agg(min("t").as("first"), max("t").as("last"))
                .withColumn("ms", col("last").minus(col("first")))
                .withColumn("start", month(col("first"))).withColumn("end", month(col("last")));
        // one sort for both: every case's duration under "", and again under its end month
        Dataset<Row> durationRows = cases.select(lit("").as("k"), col("ms"))
                .unionAll(cases.select(col("end").as("k"), col("ms")));
        Map<String, DurationSummaries.Summary> summaries = DurationSummaries.of(durationRows, List.of("k"));
        DurationSummaries.Summary d = summaries.get("");
        CaseDurationSummary durations = d == null ? new CaseDurationSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : new CaseDurationSummary(Math.toIntExact(d.n()), d.performance().mean(), d.performance().median(),
                d.performance().min(), d.performance().max());
        TreeMap<String, long[]> months = new TreeMap<>();
        Dataset<Row> counts = cases.groupBy("start").agg(count("*").as("n")).select(lit(0).as("i"), col("start").as("m"), col("n"))
                .unionAll(cases.groupBy("end").agg(count("*").as("n")).select(lit(1).as("i"), col("end").as("m"), col("n")))
                .unionAll(view.groupBy(month(col("t")).as("m")).agg(count("*").as("n")).select(lit(2).as("i"), col("m"), col("n")));
        for (Row r : counts.collectAsList()) {
            months.computeIfAbsent(r.getString(1), m -> new long[3])[r.getInt(0)] = r.getLong(2);
        }
        List<ThroughputPeriod> throughput = new ArrayList<>();
        months.forEach((m, a) -> {
            DurationSummaries.Summary e = summaries.get(m);
            throughput.add(new ThroughputPeriod(m, a[0], a[1], a[2], e == null ? Double.NaN : e.performance().median()));
        });
        List<String> warnings = new ArrayList<>();
        long files = all.getLong(8);
        if (!EventFrames.isCsv(log) && files > 1) {
            warnings.add("read " + files + " Parquet files as one log");
        }
        long withoutActivity = n == 0 ? 0 : all.getLong(7);
        if (withoutActivity > 0) {
            warnings.add(withoutActivity + " events without activity (set to " + EventFrames.MISSING_ACTIVITY + ")");
        }
        if (withoutTime > 0) {
            warnings.add(withoutTime + " events without a valid timestamp");
        }
        if (withoutResource > 0) {
            warnings.add(withoutResource + " events without resource");
        }
        boolean any = n > withoutTime;
        return new ProcessStats(log.name(), Math.toIntExact(n), Math.toIntExact(durations.cases()),
                Math.toIntExact(all.getLong(1)), Math.toIntExact(all.getLong(2)), variants, Math.toIntExact(withoutTime),
                Math.toIntExact(withoutResource), any ? all.getLong(5) : null, any ? all.getLong(6) : null, durations,
                throughput, warnings);
    }

    /** The UTC calendar month of epoch ms, {@code yyyy-MM}. */
    private static Column month(Column millis) {
        return date_format(timestamp_millis(millis), "yyyy-MM");
    }
}
