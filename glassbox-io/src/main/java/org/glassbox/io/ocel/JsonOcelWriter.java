package org.glassbox.io.ocel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.ObjectTable;

/**
 * Writes OCEL 2.0 JSON, streaming (Jackson generator), one event or object per line. Every
 * attribute value is written as a string, as the OCEL 2.0 JSON schema requires; object attribute
 * entries always carry a time (initial values at the epoch); missing change values are "".
 */
final class JsonOcelWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOcelWriter() {
    }

    /** Compact JSON with one line per type, object and event: small, yet readable and diff-friendly. */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean topLevelArray(JsonGenerator g) {
            JsonStreamContext c = g.getOutputContext();
            return c.inArray() && c.getParent() != null && c.getParent().getParent() != null
                    && c.getParent().getParent().inRoot();
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevelArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevelArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (topLevelArray(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot()
                    ? ",\n" : ",");
        }
    }

    static void write(OcelDocument d, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out);
             JsonGenerator g = FACTORY.createGenerator(os, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new OnePerLine());
            g.writeStartObject();
            types(g, "objectTypes", d.objectTypes);
            types(g, "eventTypes", d.eventTypes);
            g.writeArrayFieldStart("objects");
            for (int o = 0; o < d.objects(); o++) {
                g.writeStartObject();
                g.writeStringField("id", d.objectIds.get(o));
                g.writeStringField("type", d.objectTypeOf.get(o));
                g.writeArrayFieldStart("attributes");
                String epoch = OcelTime.format(OcelTime.EPOCH);
                for (String[] a : d.staticAttributes(o)) {
                    g.writeStartObject();
                    g.writeStringField("name", a[0]);
                    g.writeStringField("time", epoch);
                    g.writeStringField("value", a[1]);
                    g.writeEndObject();
                }
                for (ObjectTable.AttributeChange c : d.changes(o)) {
                    g.writeStartObject();
                    g.writeStringField("name", c.attribute());
                    g.writeStringField("time", OcelTime.format(c.time()));
                    g.writeStringField("value", c.value() == null ? "" : c.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("relationships");
                for (String[] r : d.relations(o, true)) {
                    relationship(g, r[0], r[1]);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            AttributeColumn[] cols = d.store.attributes().values().toArray(new AttributeColumn[0]);
            for (int i = 0; i < d.store.size(); i++) {
                g.writeStartObject();
                g.writeStringField("id", d.store.id(i));
                g.writeStringField("type", d.store.typeName(i));
                g.writeStringField("time", d.time(i));
                g.writeArrayFieldStart("attributes");
                for (AttributeColumn c : cols) {
                    String v = OcelTime.text(c, i);
                    if (v != null) {
                        g.writeStartObject();
                        g.writeStringField("name", c.name());
                        g.writeStringField("value", v);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("relationships");
                for (OcelDocument.Link l : d.links(i)) {
                    relationship(g, d.objectIds.get(l.object()), l.qualifier());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void relationship(JsonGenerator g, String objectId, String qualifier) throws IOException {
        g.writeStartObject();
        g.writeStringField("objectId", objectId);
        g.writeStringField("qualifier", qualifier == null ? "" : qualifier);
        g.writeEndObject();
    }

    private static void types(JsonGenerator g, String field, Map<String, Map<String, String>> types) throws IOException {
        g.writeArrayFieldStart(field);
        for (Map.Entry<String, Map<String, String>> t : types.entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", t.getKey());
            g.writeArrayFieldStart("attributes");
            for (Map.Entry<String, String> a : t.getValue().entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", a.getKey());
                g.writeStringField("type", a.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
