package org.glassbox.spark;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.UnknownAttributeException;

/**
 * Reads a {@link LogSource} into the engine's event frame: one row per event with the columns
 * {@code c} (case id), {@code a} (activity, {@value #MISSING_ACTIVITY} when empty), {@code t} (UTC
 * epoch ms, null without a valid time), {@code r} (resource or null), {@code f} and {@code p} (the
 * file and a monotonically increasing row index taken at read time: together the event's position in
 * the log, as the embedded readers keep it — folders in path order, rows in file order) and {@code g}
 * (the group's value, or "" for the whole log). Within a case events are then ordered by
 * ({@code t}, {@code f}, {@code p}): by time, ties by position — never by case id.
 *
 * <p>Parquet: columns of any type are read as text except the timestamp, which may be a timestamp
 * (with or without zone, read as UTC), a date, INT64 nanoseconds (Parquet {@code TIMESTAMP(NANOS)},
 * which Spark hands over as a long) or ISO text. CSV: RFC 4180 quoting with doubled quotes, header
 * row, every value text; fields with line breaks inside quotes are not supported (read such a file
 * with the embedded engine, or convert it to Parquet).
 */
final class EventFrames {
    /** The activity of an event without one, as the embedded readers name it. */
    static final String MISSING_ACTIVITY = "__missing__";
    static final String ISO_UDF = "glassbox_iso_time";
    static final String PATTERN_UDF = "glassbox_pattern_time";
    static final String VALUE_UDF = "glassbox_attribute_text";
    static final String CASE_VALUE_UDF = "glassbox_case_attribute_text";

    private EventFrames() {
    }

    static void registerFunctions(SparkSession s) {
        s.udf().register(ISO_UDF, (UDF1<String, Long>) EventTimes::iso, DataTypes.LongType);
        s.udf().register(PATTERN_UDF, (UDF2<String, String, Long>) EventTimes::pattern, DataTypes.LongType);
        s.udf().register(VALUE_UDF, (UDF1<String, String>) v -> attributeText(v, true), DataTypes.StringType);
        s.udf().register(CASE_VALUE_UDF, (UDF1<String, String>) v -> attributeText(v, false), DataTypes.StringType);
    }

    static boolean isCsv(LogSource src) {
        String n = src.file().getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".csv.gz");
    }

    /** The raw rows of the file with their position columns {@code f} and {@code p}. */
    static Dataset<Row> raw(SparkSession s, LogSource src) {
        if (!Files.exists(src.file())) {
            throw new LogReadException(src.file(), "no such file or folder");
        }
        String path = src.file().toAbsolutePath().toString();
        Dataset<Row> df;
        if (isCsv(src)) {
            df = s.read().option("header", "true").option("sep", String.valueOf(src.separator())).option("quote", "\"")
                    .option("escape", "\"").option("mode", "FAILFAST").option("inferSchema", "false").csv(path);
        } else {
            df = s.read().option("recursiveFileLookup", "true").option("pathGlobFilter", "*.parquet").parquet(path);
        }
        // one file (a CSV always): every row has the same file, so its path need not travel with each row
        Column file = Files.isRegularFile(src.file()) ? lit("") : col("_metadata.file_path");
        return df.withColumn("f", file).withColumn("p", monotonically_increasing_id());
    }

    /** The event frame of the whole log (group "" for every event). */
    static Dataset<Row> events(SparkSession s, LogSource src) {
        return events(s, src, null);
    }

    /**
     * The event frame, with {@code g} the value of {@code attribute} per the rule of
     * {@link org.glassbox.core.process.ProcessMining#groupBy} (rows without a value left out), or ""
     * when {@code attribute} is null.
     */
    static Dataset<Row> events(SparkSession s, LogSource src, String attribute) {
        Dataset<Row> df = raw(s, src);
        List<String> columns = Arrays.asList(df.columns());
        List<String> missing = new ArrayList<>();
        for (String[] need : new String[][] {{"case", src.caseColumn()}, {"activity", src.activityColumn()},
                {"timestamp", src.timestampColumn()}}) {
            if (!columns.contains(need[1])) {
                missing.add("no " + need[0] + " column '" + need[1] + "'");
            }
        }
        boolean hasResource = columns.contains(src.resourceColumn());
        if (!hasResource && !"org:resource".equals(src.resourceColumn())) {
            missing.add("no resource column '" + src.resourceColumn() + "'");
        }
        if (!missing.isEmpty()) {
            throw new LogReadException(src.file(), String.join("; ", missing) + " in the columns "
                    + columns.subList(0, columns.size() - 2));
        }
        Column caseId = col(q(src.caseColumn())).cast("string");
        Column act = col(q(src.activityColumn())).cast("string");
        Column res = hasResource ? col(q(src.resourceColumn())).cast("string") : lit(null).cast("string");
        Dataset<Row> e = df.select(
                empty(caseId).as("c"),
                when(empty(act).isNull(), lit(MISSING_ACTIVITY)).otherwise(act).as("a"),
                time(df, src).as("t"),
                empty(res).as("r"),
                col("f"), col("p"),
                attribute == null ? lit("").as("g") : group(df, src, attribute, columns).as("g"));
        if (attribute != null) {
            e = groupByCase(e, df, src, attribute, columns);
        }
        return e;
    }

    /** Empty text is missing, as in the embedded readers. */
    private static Column empty(Column c) {
        return when(c.equalTo(""), lit(null).cast("string")).otherwise(c);
    }

    /** A column name quoted for Spark (pm4py's names hold colons). */
    static String q(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static Column time(Dataset<Row> df, LogSource src) {
        DataType type = df.schema().apply(src.timestampColumn()).dataType();
        Column t = col(q(src.timestampColumn()));
        if (type.equals(DataTypes.StringType)) {
            return src.timestampPattern() == null ? call_udf(ISO_UDF, t)
                    : call_udf(PATTERN_UDF, t, lit(src.timestampPattern()));
        }
        if (type.equals(DataTypes.TimestampType)) {
            return functions.unix_millis(t);
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return functions.unix_millis(t.cast(DataTypes.TimestampType));
        }
        if (type.equals(DataTypes.DateType)) {
            return functions.unix_date(t).cast("long").multiply(86_400_000L);
        }
        if (type.equals(DataTypes.LongType)) {
            return functions.floor(t.divide(1_000_000L)).cast("long");
        }
        throw new LogReadException(src.file(), "timestamp column '" + src.timestampColumn() + "' is of type "
                + type.simpleString() + ", not a timestamp, date or text");
    }

    /**
     * The groups' label: the case attribute's name (without {@code case:}) when the log has that
     * case-level column, else the attribute as given — as the embedded engine names groups.
     */
    static String groupLabel(SparkSession s, LogSource src, String attribute) {
        List<String> columns = Arrays.asList(raw(s, src).columns());
        return caseColumnOf(attribute, src, columns) != null && attribute.startsWith("case:") ? attribute.substring(5) : attribute;
    }

    /** Case-level columns: {@code case:NAME}, but not the case id column. */
    private static String caseColumnOf(String attribute, LogSource src, List<String> columns) {
        String name = attribute.startsWith("case:") ? attribute : "case:" + attribute;
        return !name.equals(src.caseColumn()) && columns.contains(name) ? name : null;
    }

    private static Column group(Dataset<Row> df, LogSource src, String attribute, List<String> columns) {
        if (caseColumnOf(attribute, src, columns) != null) {
            return lit(null).cast("string"); // filled per case by groupByCase
        }
        Set<String> mapped = Set.of(src.caseColumn(), src.activityColumn(), src.timestampColumn(), src.resourceColumn());
        if (!columns.contains(attribute) || mapped.contains(attribute) || attribute.startsWith("case:")) {
            Set<String> known = new LinkedHashSet<>();
            for (String c : columns.subList(0, columns.size() - 2)) {
                if (c.startsWith("case:") && !c.equals(src.caseColumn())) {
                    known.add(c.substring(5));
                }
            }
            for (String c : columns.subList(0, columns.size() - 2)) {
                if (!c.startsWith("case:") && !mapped.contains(c)) {
                    known.add(c);
                }
            }
            throw new UnknownAttributeException(src.name(), attribute, UnknownAttributeException.nearestFirst(attribute, known));
        }
        return value(df, src, attribute, false);
    }

    private static Column value(Dataset<Row> df, LogSource src, String column, boolean caseLevel) {
        Column v = empty(col(q(column)).cast("string"));
        return isCsv(src) ? call_udf(caseLevel ? CASE_VALUE_UDF : VALUE_UDF, v) : v;
    }

    /** A case attribute's value is the last non-empty one of the case in file order (as the CSV reader keeps it). */
    private static Dataset<Row> groupByCase(Dataset<Row> e, Dataset<Row> df, LogSource src, String attribute,
                                            List<String> columns) {
        String caseCol = caseColumnOf(attribute, src, columns);
        if (caseCol == null) {
            return e.filter(col("g").isNotNull());
        }
        Dataset<Row> values = df.select(empty(col(q(src.caseColumn())).cast("string")).as("c"),
                        value(df, src, caseCol, true).as("v"), struct(col("f"), col("p")).as("pos"))
                .filter(col("v").isNotNull())
                .groupBy("c").agg(functions.max_by(col("v"), col("pos")).as("v"));
        return e.drop("g").join(values, "c").withColumnRenamed("v", "g")
                .select("c", "a", "t", "r", "f", "p", "g");
    }

    /**
     * A CSV value as the embedded CSV reader types and prints it: an ISO date-time becomes its epoch
     * milliseconds, an integer or decimal its canonical Java text, {@code true}/{@code false} lower
     * case (event attributes only: the reader keeps a case attribute's truth value as text); other
     * text stays.
     */
    static String attributeText(String v, boolean booleans) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        char c = v.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            if (v.length() >= 10 && v.charAt(4) == '-') {
                Long t = EventTimes.iso(v);
                if (t != null) {
                    return Long.toString(t);
                }
            }
            try {
                return Long.toString(Long.parseLong(v));
            } catch (NumberFormatException ignored) {
                // not an integer
            }
            try {
                return Double.toString(Double.parseDouble(v));
            } catch (NumberFormatException ignored) {
                // text
            }
        } else if (booleans && ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v))) {
            return v.toLowerCase(Locale.ROOT);
        }
        return v;
    }

    /** Checks that every event has a case id (the embedded readers refuse a log with a row without one). */
    static void requireCases(Dataset<Row> events, LogSource src) {
        long without = events.filter(col("c").isNull()).count();
        if (without > 0) {
            throw noCaseIds(src, without);
        }
    }

    /** The refusal of a log in which {@code without} rows have no case id. */
    static LogReadException noCaseIds(LogSource src, long without) {
        return new LogReadException(src.file(), without + (without == 1 ? " row has" : " rows have")
                + " no case id in column '" + src.caseColumn() + "'");
    }
}
