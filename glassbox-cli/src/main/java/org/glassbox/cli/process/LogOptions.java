package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.TimeRangeMode;
import org.glassbox.io.EventLogs;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.log.ReadProgress;
import picocli.CommandLine.Option;

/**
 * Options shared by the process commands: how to read a log (format by extension, CSV column
 * mapping, pm4py time reading), progress, and filters applied after reading.
 */
public final class LogOptions {
    @Option(names = "--case", paramLabel = "COLUMN", description = "CSV and Parquet: case id column (default case:concept:name)")
    String caseColumn = "case:concept:name";
    @Option(names = "--activity", paramLabel = "KEY", description = "the activity: a CSV or Parquet column, or an XES event attribute such as activityNameEN (pm4py's activity_key; default concept:name)")
    String activityColumn = "concept:name";
    @Option(names = "--timestamp", paramLabel = "COLUMN", description = "CSV and Parquet: timestamp column (default time:timestamp)")
    String timestampColumn = "time:timestamp";
    @Option(names = "--resource", paramLabel = "COLUMN", description = "CSV and Parquet: resource column (default org:resource)")
    String resourceColumn = "org:resource";
    @Option(names = "--timestamp-format", paramLabel = "PATTERN",
            description = "CSV: timestamp format, java.time pattern or strftime (%%Y-%%m-%%d %%H:%%M:%%S); default ISO 8601")
    String timestampFormat;
    @Option(names = "--separator", paramLabel = "CHAR", description = "CSV: field separator (default ,)")
    char separator = ',';
    @Option(names = "--mapped-columns-only", description = "CSV: read only the mapped columns (less memory on huge logs)")
    boolean mappedOnly;
    @Option(names = "--wall-clock", description = "XES: read times as pm4py does (local clock time labelled UTC) instead of exact instants")
    boolean wallClock;
    @Option(names = "--pm4py-order", description = "start/end activities, variants and handover in file order, as pm4py (default: time order)")
    boolean pm4pyOrder;
    @Option(names = "--missing-resource", paramLabel = "node|skip",
            description = "events without resource: a '__missing__' node (default, as pm4py after fillna) or skipped")
    String missingResource = "node";
    @Option(names = "--progress", description = "show a progress bar on stderr even when it is not a terminal")
    boolean progress;

    @Option(names = "--from", paramLabel = "DATE", description = "filter: keep from this date/time (ISO, UTC if no offset)")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "filter: keep before this date/time (exclusive)")
    String to;
    @Option(names = "--window", paramLabel = "MODE", description = "filter: time window keeps events, contained or intersecting cases (default intersecting)")
    String window = "intersecting";
    @Option(names = "--keep-activity", paramLabel = "ACTIVITY", description = "filter: keep only events of these activities (repeatable)")
    List<String> keepActivities;
    @Option(names = "--drop-activity", paramLabel = "ACTIVITY", description = "filter: remove events of these activities (repeatable)")
    List<String> dropActivities;
    @Option(names = "--top-variants", paramLabel = "K", description = "filter: keep the cases of the K most frequent variants")
    Integer topVariants;
    @Option(names = "--case-attribute", paramLabel = "NAME=V1,V2", description = "filter: keep cases whose attribute has one of the values")
    String caseAttribute;

    public SequenceOrder order() {
        return pm4pyOrder ? SequenceOrder.FILE : SequenceOrder.TIME;
    }

    public MissingResource missing() {
        return switch (missingResource.toLowerCase(Locale.ROOT)) {
            case "node" -> MissingResource.AS_NODE;
            case "skip" -> MissingResource.SKIP;
            default -> throw new IllegalArgumentException("--missing-resource must be node or skip, not " + missingResource);
        };
    }

    /** What the cluster engine cannot honour: the filters (it reads the log itself) and strftime patterns. */
    List<String> clusterProblems() {
        List<String> out = new java.util.ArrayList<>();
        if (from != null || to != null || (keepActivities != null && !keepActivities.isEmpty())
                || (dropActivities != null && !dropActivities.isEmpty()) || topVariants != null || caseAttribute != null) {
            out.add("--engine spark applies no filters (--from, --to, --keep-activity, --drop-activity, --top-variants,"
                    + " --case-attribute); filter with the embedded engine and --export-parquet, then run the cluster engine on that file");
        }
        if (timestampFormat != null && timestampFormat.indexOf('%') >= 0) {
            out.add("--timestamp-format: give a java.time pattern (e.g. dd/MM/uuuu HH:mm) with --engine spark, not strftime");
        }
        return out;
    }

    /** The log as the cluster engine reads it: the same column mapping. */
    LogSource source(Path file) {
        return new LogSource(file, caseColumn, activityColumn, timestampColumn, resourceColumn, timestampFormat, separator);
    }

    CsvLogMapping mapping() {
        return new CsvLogMapping(caseColumn, activityColumn, timestampColumn, resourceColumn, timestampFormat, separator,
                !mappedOnly);
    }

    /**
     * Reads {@code file} (format by its name, through the io facade; a folder is a partitioned Parquet
     * dataset, read as one log) and applies the filters.
     */
    public EventLog load(Path file, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        ProgressBar bar = new ProgressBar(err, file.getFileName().toString(), progress || System.console() != null);
        EventLog log = EventLogs.read(file, new EventLogs.ReadOptions(wallClock, mapping(), bar));
        bar.done();
        return filter(log);
    }

    EventLog filter(EventLog log) {
        EventLog l = log;
        if (from != null || to != null) {
            long f = from == null ? Long.MIN_VALUE + 1 : instant(from, "--from");
            long t = to == null ? Long.MAX_VALUE : instant(to, "--to");
            TimeRangeMode mode = switch (window.toLowerCase(Locale.ROOT)) {
                case "events" -> TimeRangeMode.EVENTS;
                case "contained" -> TimeRangeMode.CASES_CONTAINED;
                case "intersecting" -> TimeRangeMode.CASES_INTERSECTING;
                default -> throw new IllegalArgumentException("--window must be events, contained or intersecting");
            };
            l = ProcessMining.filterTimeRange(l, f, t, mode);
        }
        if (keepActivities != null && !keepActivities.isEmpty()) {
            l = ProcessMining.filterActivities(l, Set.copyOf(keepActivities), true);
        }
        if (dropActivities != null && !dropActivities.isEmpty()) {
            l = ProcessMining.filterActivities(l, Set.copyOf(dropActivities), false);
        }
        if (caseAttribute != null) {
            int eq = caseAttribute.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--case-attribute must be NAME=VALUE[,VALUE...]");
            }
            l = ProcessMining.filterCaseAttribute(l, caseAttribute.substring(0, eq),
                    new LinkedHashSet<>(List.of(caseAttribute.substring(eq + 1).split(","))), true);
        }
        if (topVariants != null) {
            l = ProcessMining.filterTopVariants(l, topVariants);
        }
        return l;
    }

    static long instant(String s, String option) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": not an ISO date or date-time: " + s);
        }
    }

    /** A one-line progress bar on stderr, redrawn at most every 200 ms. */
    static final class ProgressBar implements ReadProgress {
        private final PrintWriter err;
        private final String label;
        private final boolean on;
        private long lastDraw;
        private boolean drawn;

        ProgressBar(PrintWriter err, String label, boolean on) {
            this.err = err;
            this.label = label;
            this.on = on;
        }

        @Override
        public void update(long bytesRead, long totalBytes, long events) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (drawn && now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            drawn = true;
            StringBuilder sb = new StringBuilder("\r").append(label).append(' ');
            if (bytesRead >= 0 && totalBytes > 0) {
                int pct = (int) Math.min(100, bytesRead * 100 / totalBytes);
                sb.append('[').append("#".repeat(pct / 5)).append(" ".repeat(20 - pct / 5)).append("] ")
                        .append(pct).append("% ");
            }
            sb.append(String.format(Locale.ROOT, "%,d events", events));
            err.print(sb);
            err.flush();
        }

        void done() {
            if (on && drawn) {
                err.print("\r" + " ".repeat(label.length() + 48) + "\r");
                err.flush();
            }
        }
    }
}
