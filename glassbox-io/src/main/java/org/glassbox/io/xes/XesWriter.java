package org.glassbox.io.xes;

import org.glassbox.io.log.Iso8601Time;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * Writes a case-centric {@link EventLog} as XES 1.0 (gzip-compressed when the file name ends in
 * {@code .gz}): one trace per case in order of case code, its events in file order, with
 * {@code concept:name}, {@code org:resource}, {@code time:timestamp} (UTC, milliseconds) and every
 * attribute column with its XES type; case attributes as trace attributes. Reading the result
 * with {@link XesReader} gives back the same events, times, resources and attributes.
 */
public final class XesWriter {
    private XesWriter() {
    }

    public static void write(EventLog log, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            OutputStream o = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
            Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
            write(log, w);
            w.flush();
            if (o instanceof GZIPOutputStream g) {
                g.finish();
            }
        }
    }

    public static void write(EventLog log, Writer w) throws IOException {
        EventStore s = log.events();
        if (!s.hasCases()) {
            throw new IllegalArgumentException("XES needs a case notion; this log has none (object-centric?)");
        }
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<log xes.version=\"1.0\" xes.features=\"\" xmlns=\"http://www.xes-standard.org/\">\n");
        w.write("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
        w.write("  <extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n");
        w.write("  <extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n");
        w.write("  <extension name=\"Lifecycle\" prefix=\"lifecycle\" uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n");
        for (Map.Entry<String, String> e : log.logAttributes().entrySet()) {
            attr(w, "  ", "string", e.getKey(), e.getValue());
        }
        int cases = s.caseIds().size();
        int[] start = new int[cases + 1];
        for (int i = 0; i < s.size(); i++) {
            if (s.caseOf(i) >= 0) {
                start[s.caseOf(i) + 1]++;
            }
        }
        for (int c = 0; c < cases; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[start[cases]];
        int[] fill = start.clone();
        for (int i = 0; i < s.size(); i++) {
            if (s.caseOf(i) >= 0) {
                order[fill[s.caseOf(i)]++] = i;
            }
        }
        for (int c = 0; c < cases; c++) {
            if (start[c] == start[c + 1]) {
                continue;
            }
            w.write("  <trace>\n");
            attr(w, "    ", "string", "concept:name", s.caseIds().value(c));
            for (AttributeColumn col : log.caseAttributes().values()) {
                column(w, "    ", col, c);
            }
            for (int k = start[c]; k < start[c + 1]; k++) {
                int i = order[k];
                w.write("    <event>\n");
                attr(w, "      ", "string", "concept:name", s.typeName(i));
                for (int a = s.actorsFrom(i); a < s.actorsTo(i); a++) {
                    if (s.roleAt(a) == Role.INITIATOR) {
                        attr(w, "      ", "string", "org:resource", s.actors().value(s.actorAt(a)));
                        break;
                    }
                }
                if (s.time(i) != EventStore.MISSING_TIME) {
                    attr(w, "      ", "date", "time:timestamp", Iso8601Time.format(s.time(i)));
                }
                for (AttributeColumn col : s.attributes().values()) {
                    column(w, "      ", col, i);
                }
                w.write("    </event>\n");
            }
            w.write("  </trace>\n");
        }
        w.write("</log>\n");
    }

    private static void column(Writer w, String indent, AttributeColumn col, int i) throws IOException {
        if (i >= col.size() || !col.isPresent(i)) {
            return;
        }
        switch (col.kind()) {
            case STRING -> attr(w, indent, "string", col.name(), col.text(i));
            case LONG -> attr(w, indent, "int", col.name(), col.text(i));
            case DOUBLE -> attr(w, indent, "float", col.name(), col.text(i));
            case BOOLEAN -> attr(w, indent, "boolean", col.name(), col.text(i));
            case TIME -> attr(w, indent, "date", col.name(), Iso8601Time.format(col.longValue(i)));
        }
    }

    private static void attr(Writer w, String indent, String type, String key, String value) throws IOException {
        w.write(indent);
        w.write('<');
        w.write(type);
        w.write(" key=\"");
        escape(w, key);
        w.write("\" value=\"");
        escape(w, value);
        w.write("\"/>\n");
    }

    static void escape(Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '&' -> w.write("&amp;");
                case '"' -> w.write("&quot;");
                case '\n' -> w.write("&#10;");
                case '\r' -> w.write("&#13;");
                case '\t' -> w.write("&#9;");
                default -> w.write(c);
            }
        }
    }
}
