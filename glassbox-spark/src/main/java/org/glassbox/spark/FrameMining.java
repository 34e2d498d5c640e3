package org.glassbox.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.Variant;

/**
 * The process-mining functions on an event frame ({@link EventFrames}), per group {@code g}: the
 * directly-follows graph (with performance), variants, handover of work and working together, with
 * the semantics of glassbox-core's embedded engine (see {@code DirectlyFollows}, {@code Variants},
 * {@code OrganisationalNetworks} there). Only events with a time are in the view. A case's events
 * are ordered by time, ties by position in the file ({@link #TIME_ORDER}); start/end activities,
 * variants and handover use the requested {@link SequenceOrder} (file order ignores time).
 *
 * <p>Each function runs a few Spark jobs (window over cases, aggregations) and collects only results
 * (edges, activities, variants) to the driver, never events.
 */
final class FrameMining {
    /** Stable time order: time, then position in the log. */
    static final Column[] TIME_ORDER = {col("t"), col("f"), col("p")};
    /** File order: position in the log. */
    static final Column[] FILE_ORDER = {col("f"), col("p")};

    private FrameMining() {
    }

    static Column[] order(SequenceOrder o) {
        return o == SequenceOrder.FILE ? FILE_ORDER : TIME_ORDER;
    }

    /** Events with a time: the embedded engine's case view. */
    static Dataset<Row> view(Dataset<Row> events) {
        return events.filter(col("t").isNotNull());
    }

    /** The groups present in the frame (also those whose events all lack a time), ordered by value. */
    static List<String> groups(Dataset<Row> events) {
        TreeSet<String> out = new TreeSet<>();
        for (Row r : events.select("g").distinct().collectAsList()) {
            out.add(r.getString(0));
        }
        return new ArrayList<>(out);
    }

    /**
     * The directly-follows graph per group, from the event frame (all events: those without a time are
     * left out here, and a row without a case id is refused). The counts — activities, edges, start and
     * end activities, cases, events — come from one Spark job: one shuffle of the events by case into
     * a window ordered by ({@code t}, {@code f}, {@code p}), then one aggregation by (activity, next
     * activity, first?, last?) that Spark combines map-side, so only a few thousand rows reach the
     * driver. {@code performance} adds a second job for the durations ({@link DurationSummaries}).
     *
     * @throws LogReadException when an event has no case id ({@link EventFrames#noCaseIds})
     */
    static Map<String, DirectlyFollowsGraph> dfg(Dataset<Row> events, LogSource src, List<String> groups, boolean performance,
                                                 SequenceOrder startEnd) {
        // the events without a time form a partition of their own per case: counted only for the case-id check.
        // Every window function below shares this partitioning (a column, not an expression: Spark would see two
        // copies of an expression as two partitionings and shuffle twice) and, but for FILE order, one sort.
        Column timed = col("timed");
        WindowSpec inCase = Window.partitionBy(col("g"), col("c"), timed);
        WindowSpec ordered = inCase.orderBy(TIME_ORDER);
        Dataset<Row> w = events.select(col("g"), col("c"), col("a"), col("t"), col("f"), col("p"), col("t").isNotNull().as("timed"));
        Column first;
        Column last;
        Column next = lead("a", 1).over(ordered);
        if (startEnd == SequenceOrder.FILE) {
            // first and last by position: an aggregate over the whole partition, after the same shuffle and sort
            Column pos = struct(col("f"), col("p"));
            first = pos.equalTo(functions.min(pos).over(inCase));
            last = pos.equalTo(functions.max(pos).over(inCase));
        } else {
            first = lag("a", 1).over(ordered).isNull();
            last = next.isNull();
        }
        Dataset<Row> counts = w.select(col("g"), col("c").isNull().as("nocase"), timed,
                        when(timed, col("a")).as("a"), when(timed, next).as("b"),
                        when(timed, first).as("first"), when(timed, last).as("last"))
                .groupBy("g", "nocase", "timed", "a", "b", "first", "last").agg(count("*").as("n"));
        Map<String, TreeMap<String, Long>> activity = new HashMap<>();
        Map<String, TreeMap<String, Long>> start = new HashMap<>();
        Map<String, TreeMap<String, Long>> end = new HashMap<>();
        Map<String, Map<String, Long>> edgeCounts = new HashMap<>();
        Map<String, long[]> sizes = new HashMap<>(); // cases, events
        long noCase = 0;
        for (Row r : counts.collectAsList()) {
            String g = r.getString(0);
            long n = r.getLong(7);
            if (r.getBoolean(1)) {
                noCase += n;
            }
            if (!r.getBoolean(2)) {
                continue;
            }
            String a = r.getString(3);
            activity.computeIfAbsent(g, x -> new TreeMap<>()).merge(a, n, Long::sum);
            long[] size = sizes.computeIfAbsent(g, x -> new long[2]);
            size[1] += n;
            if (!r.isNullAt(4)) {
                edgeCounts.computeIfAbsent(g, x -> new HashMap<>()).merge(a + "\u0000" + r.getString(4), n, Long::sum);
            }
            if (r.getBoolean(5)) {
                start.computeIfAbsent(g, x -> new TreeMap<>()).merge(a, n, Long::sum);
                size[0] += n;
            }
            if (r.getBoolean(6)) {
                end.computeIfAbsent(g, x -> new TreeMap<>()).merge(a, n, Long::sum);
            }
        }
        if (noCase > 0) {
            throw EventFrames.noCaseIds(src, noCase);
        }
        Map<String, List<DfgEdge>> edges = new HashMap<>();
        if (performance) {
            WindowSpec byCase = Window.partitionBy("g", "c").orderBy(TIME_ORDER);
            Dataset<Row> view = view(events);
            Dataset<Row> pairs = view.withColumn("b", lead("a", 1).over(byCase)).withColumn("t2", lead("t", 1).over(byCase))
                    .filter(col("b").isNotNull()).select(col("g"), col("a"), col("b"), col("t2").minus(col("t")).as("ms"));
            DurationSummaries.of(pairs, List.of("g", "a", "b")).forEach((key, s) -> {
                String[] k = key.split("\u0000", -1);
                edges.computeIfAbsent(k[0], x -> new ArrayList<>()).add(new DfgEdge(k[1], k[2], s.n(), s.performance()));
            });
        } else {
            edgeCounts.forEach((g, m) -> m.forEach((key, n) -> {
                String[] k = key.split("\u0000", -1);
                edges.computeIfAbsent(g, x -> new ArrayList<>()).add(new DfgEdge(k[0], k[1], n, null));
            }));
        }
        Map<String, DirectlyFollowsGraph> out = new TreeMap<>();
        for (String g : groups) {
            List<DfgEdge> es = edges.getOrDefault(g, new ArrayList<>());
            es.sort(Comparator.comparing(DfgEdge::source).thenComparing(DfgEdge::target));
            long[] size = sizes.getOrDefault(g, new long[2]);
            out.put(g, new DirectlyFollowsGraph(activity.getOrDefault(g, new TreeMap<>()), es, start.getOrDefault(g, new TreeMap<>()),
                    end.getOrDefault(g, new TreeMap<>()), Math.toIntExact(size[0]), Math.toIntExact(size[1])));
        }
        return out;
    }

    /** Rows (g, name, count) of one kind, for {@link #tally}. */
    private static Dataset<Row> part(String kind, Dataset<Row> rows) {
        Dataset<Row> named = rows.toDF("g", "name", "n");
        return named.select(lit(kind).as("k"), col("g").cast("string"), col("name").cast("string"), col("n").cast("long"));
    }

    /** Collects several small aggregations in one job: kind → group → name → count (names sorted). */
    private static Map<String, Map<String, TreeMap<String, Long>>> tally(List<Dataset<Row>> parts) {
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.unionAll(parts.get(i));
        }
        Map<String, Map<String, TreeMap<String, Long>>> out = new HashMap<>();
        for (Row r : all.collectAsList()) {
            out.computeIfAbsent(r.getString(0), x -> new HashMap<>()).computeIfAbsent(r.getString(1), x -> new TreeMap<>())
                    .put(r.getString(2), r.isNullAt(3) ? 0L : r.getLong(3));
        }
        return out;
    }

    private static TreeMap<String, Long> get(Map<String, Map<String, TreeMap<String, Long>>> t, String kind, String g) {
        return t.getOrDefault(kind, Map.of()).getOrDefault(g, new TreeMap<>());
    }

    static Map<String, List<Variant>> variants(Dataset<Row> view, List<String> groups, SequenceOrder order) {
        Column key = order == SequenceOrder.FILE ? struct(col("f"), col("p"), col("a")) : struct(col("t"), col("f"), col("p"), col("a"));
        Dataset<Row> seqs = view.groupBy("g", "c").agg(sort_array(collect_list(key)).as("s"))
                .select(col("g"), transform(col("s"), x -> x.getField("a")).as("seq"))
                .groupBy("g", "seq").agg(count("*"));
        Map<String, List<Variant>> out = new TreeMap<>();
        for (String g : groups) {
            out.put(g, new ArrayList<>());
        }
        for (Row r : seqs.collectAsList()) {
            out.get(r.getString(0)).add(new Variant(r.getList(1), r.getLong(2)));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingLong(Variant::cases).reversed().thenComparing(Variant::key)));
        return out;
    }

    /** The resource as the networks see it: missing as {@value ProcessMining#MISSING_RESOURCE}, or null (skipped). */
    private static Column resource(MissingResource missing) {
        return missing == MissingResource.AS_NODE ? coalesce(col("r"), lit(ProcessMining.MISSING_RESOURCE)) : col("r");
    }

    static Map<String, ResourceNetwork> handover(Dataset<Row> view, List<String> groups, SequenceOrder order,
                                                 MissingResource missing) {
        WindowSpec inCase = Window.partitionBy("g", "c").orderBy(order(order));
        Dataset<Row> rv = view.withColumn("rv", resource(missing));
        Dataset<Row> pairs = rv.withColumn("next", lead("rv", 1).over(inCase))
                .filter(col("rv").isNotNull().and(col("next").isNotNull()))
                .groupBy(col("g"), functions.concat_ws("\u0000", col("rv"), col("next"))).agg(count("*"));
        return networks("handover_of_work", rv, groups, pairs, false);
    }

    static Map<String, ResourceNetwork> workingTogether(Dataset<Row> view, List<String> groups, MissingResource missing) {
        Dataset<Row> rv = view.withColumn("rv", resource(missing));
        Dataset<Row> present = rv.filter(col("rv").isNotNull()).select("g", "c", "rv").distinct();
        Dataset<Row> other = present.withColumnRenamed("rv", "next");
        Dataset<Row> pairs = present.join(other, new String[] {"g", "c"}).filter(col("rv").notEqual(col("next")))
                .groupBy(col("g"), functions.concat_ws("\u0000", col("rv"), col("next"))).agg(count("*"));
        return networks("working_together", rv, groups, pairs, true);
    }

    /**
     * Networks per group from edge rows (g, source U+0000 target, count), in one job with the resources and
     * the events without one; the denominator is the group's pairs (handover) or its events (working together).
     */
    private static Map<String, ResourceNetwork> networks(String metric, Dataset<Row> rv, List<String> groups,
                                                         Dataset<Row> pairs, boolean perEvent) {
        Map<String, Map<String, TreeMap<String, Long>>> t = tally(List.of(part("pair", pairs),
                part("used", rv.filter(col("rv").isNotNull()).groupBy("g", "rv").agg(count("*"))),
                part("without", rv.groupBy("g").agg(lit(""), sum(when(col("r").isNull(), 1L).otherwise(0L)))),
                part("events", rv.groupBy("g").agg(lit(""), count("*")))));
        Map<String, ResourceNetwork> out = new TreeMap<>();
        for (String g : groups) {
            TreeMap<String, Long> rows = get(t, "pair", g);
            long denominator = 0;
            if (perEvent) {
                denominator = get(t, "events", g).getOrDefault("", 0L);
            } else {
                for (long n : rows.values()) {
                    denominator += n;
                }
            }
            List<ResourceEdge> es = new ArrayList<>();
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                String[] k = e.getKey().split("\u0000", -1);
                es.add(new ResourceEdge(k[0], k[1], e.getValue(), (double) e.getValue() / denominator));
            }
            es.sort(Comparator.comparing(ResourceEdge::source).thenComparing(ResourceEdge::target));
            out.put(g, new ResourceNetwork(metric, new ArrayList<>(get(t, "used", g).keySet()), es, denominator,
                    get(t, "without", g).getOrDefault("", 0L)));
        }
        return out;
    }
}
