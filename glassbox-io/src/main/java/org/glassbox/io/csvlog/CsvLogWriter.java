package org.glassbox.io.csvlog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;
import org.glassbox.io.log.Iso8601Time;

/**
 * Writes an {@link EventLog} as CSV (RFC 4180, UTF-8) in pm4py's column names:
 * {@code case:concept:name, concept:name, time:timestamp, org:resource}, then the event attribute
 * columns, then {@code case:<name>} for each case attribute. One row per event in file order;
 * times as ISO 8601 UTC with milliseconds. {@link CsvLogReader} with the default mapping reads it back.
 */
public final class CsvLogWriter {
    private CsvLogWriter() {
    }

    public static void write(EventLog log, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(log, w);
        }
    }

    public static void write(EventLog log, Writer w) throws IOException {
        EventStore s = log.events();
        List<AttributeColumn> ev = new ArrayList<>(s.attributes().values());
        List<AttributeColumn> cs = new ArrayList<>(log.caseAttributes().values());
        StringBuilder row = new StringBuilder(256);
        row.append("case:concept:name,concept:name,time:timestamp,org:resource");
        for (AttributeColumn c : ev) {
            row.append(',');
            field(row, c.name());
        }
        for (AttributeColumn c : cs) {
            row.append(',');
            field(row, "case:" + c.name());
        }
        w.write(row.append('\n').toString());
        for (int i = 0; i < s.size(); i++) {
            row.setLength(0);
            int c = s.hasCases() ? s.caseOf(i) : -1;
            field(row, c < 0 ? "" : s.caseIds().value(c));
            row.append(',');
            field(row, s.typeName(i));
            row.append(',');
            if (s.time(i) != EventStore.MISSING_TIME) {
                row.append(Iso8601Time.format(s.time(i)));
            }
            row.append(',');
            for (int a = s.actorsFrom(i); a < s.actorsTo(i); a++) {
                if (s.roleAt(a) == Role.INITIATOR) {
                    field(row, s.actors().value(s.actorAt(a)));
                    break;
                }
            }
            for (AttributeColumn col : ev) {
                row.append(',');
                value(row, col, i);
            }
            for (AttributeColumn col : cs) {
                row.append(',');
                if (c >= 0) {
                    value(row, col, c);
                }
            }
            w.write(row.append('\n').toString());
        }
    }

    private static void value(StringBuilder row, AttributeColumn col, int i) {
        if (i >= col.size() || !col.isPresent(i)) {
            return;
        }
        field(row, col.kind() == AttributeColumn.Kind.TIME ? Iso8601Time.format(col.longValue(i)) : col.text(i));
    }

    private static void field(StringBuilder row, String v) {
        boolean quote = false;
        for (int k = 0; k < v.length() && !quote; k++) {
            char ch = v.charAt(k);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            row.append(v);
            return;
        }
        row.append('"');
        for (int k = 0; k < v.length(); k++) {
            char ch = v.charAt(k);
            if (ch == '"') {
                row.append('"');
            }
            row.append(ch);
        }
        row.append('"');
    }
}
