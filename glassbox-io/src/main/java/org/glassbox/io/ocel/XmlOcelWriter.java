package org.glassbox.io.ocel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.ObjectTable;

/**
 * Writes OCEL 2.0 XML that validates against the OCEL 2.0 XSD ({@code ocel2-validation.xsd}):
 * relations as {@code <object object-id qualifier type/>}, every event with its
 * {@code <attributes>} and {@code <objects>}. The XSD requires every O2O target to be an object
 * of the log, so dangling O2O relations cannot be written in XML: they are left out and counted
 * in a warning (JSON and SQLite keep them).
 *
 * <p>The XSD checks every attribute name of an event (object) against the attribute keys of the
 * event (object) types, but Java's validator (Xerces) only keeps the keys of the <em>last</em>
 * type element. When the last type does not declare every name in use, a declaration-only type
 * {@value #ALL_ATTRIBUTES} is appended, with no events or objects, listing every attribute name;
 * Glassbox's reader ignores it.
 */
final class XmlOcelWriter {
    /** The declaration-only type that lists every attribute name (see the class comment). */
    static final String ALL_ATTRIBUTES = "glassbox:all-attribute-names";

    private XmlOcelWriter() {
    }

    /** The types, with {@link #ALL_ATTRIBUTES} appended when the last type does not declare every name. */
    private static Map<String, Map<String, String>> withAllNames(Map<String, Map<String, String>> types) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        Map<String, String> last = Map.of();
        for (Map<String, String> t : types.values()) {
            t.forEach(all::putIfAbsent);
            last = t;
        }
        if (last.keySet().containsAll(all.keySet())) {
            return types;
        }
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>(types);
        out.put(ALL_ATTRIBUTES, all);
        return out;
    }

    static void write(OcelDocument d, Path out) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("log");
            types(w, "object-types", "object-type", withAllNames(d.objectTypes));
            types(w, "event-types", "event-type", withAllNames(d.eventTypes));
            nl(w, 1);
            w.writeStartElement("objects");
            String epoch = OcelTime.format(OcelTime.EPOCH);
            int left = 0;
            int[] replaced = {0};
            for (int o = 0; o < d.objects(); o++) {
                nl(w, 2);
                w.writeStartElement("object");
                w.writeAttribute("id", d.objectIds.get(o));
                w.writeAttribute("type", d.objectTypeOf.get(o));
                nl(w, 3);
                w.writeStartElement("attributes");
                for (String[] a : d.staticAttributes(o)) {
                    attribute(w, a[0], epoch, a[1], replaced);
                }
                for (ObjectTable.AttributeChange c : d.changes(o)) {
                    attribute(w, c.attribute(), OcelTime.format(c.time()), c.value(), replaced);
                }
                nl(w, 3);
                w.writeEndElement();
                List<String[]> rels = d.relations(o, true);
                nl(w, 3);
                w.writeStartElement("objects");
                for (String[] r : rels) {
                    if (r[2] == null) {
                        left++;
                        continue;
                    }
                    relation(w, r[0], r[1], r[2]);
                }
                nl(w, 3);
                w.writeEndElement();
                nl(w, 2);
                w.writeEndElement();
            }
            nl(w, 1);
            w.writeEndElement();
            nl(w, 1);
            w.writeStartElement("events");
            AttributeColumn[] cols = d.store.attributes().values().toArray(new AttributeColumn[0]);
            for (int i = 0; i < d.store.size(); i++) {
                nl(w, 2);
                w.writeStartElement("event");
                w.writeAttribute("id", d.store.id(i));
                w.writeAttribute("type", d.store.typeName(i));
                w.writeAttribute("time", d.time(i));
                nl(w, 3);
                w.writeStartElement("attributes");
                for (AttributeColumn c : cols) {
                    String v = OcelTime.text(c, i);
                    if (v != null) {
                        attribute(w, c.name(), null, v, replaced);
                    }
                }
                nl(w, 3);
                w.writeEndElement();
                nl(w, 3);
                w.writeStartElement("objects");
                for (OcelDocument.Link l : d.links(i)) {
                    relation(w, d.objectIds.get(l.object()), l.qualifier(), d.objectTypeOf.get(l.object()));
                }
                nl(w, 3);
                w.writeEndElement();
                nl(w, 2);
                w.writeEndElement();
            }
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndDocument();
            w.flush();
            w.close();
            if (replaced[0] > 0) {
                d.warnings.add(String.format(Locale.ROOT, "%,d control characters that XML 1.0 cannot hold were"
                        + " written as U+FFFD", replaced[0]));
            }
            if (left > 0) {
                d.warnings.add(String.format(Locale.ROOT, "%,d dangling object-to-object relations were left out of"
                        + " the XML: the OCEL 2.0 XSD requires every target to be an object of the log (JSON and"
                        + " SQLite keep them)", left));
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void attribute(XMLStreamWriter w, String name, String time, String value, int[] replaced)
            throws XMLStreamException {
        nl(w, 4);
        w.writeStartElement("attribute");
        w.writeAttribute("name", name);
        if (time != null) {
            w.writeAttribute("time", time);
        }
        replaced[0] += text(w, value == null ? "" : value);
        w.writeEndElement();
    }

    /**
     * Element text that reads back exactly: a carriage return as a character reference (a parser
     * would turn it into a line feed); characters XML 1.0 cannot hold at all (control characters
     * other than tab and line breaks) as U+FFFD.
     */
    private static int text(XMLStreamWriter w, String value) throws XMLStreamException {
        int from = 0;
        int replaced = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (c == '\r' || invalid) {
                w.writeCharacters(value.substring(from, i));
                if (c == '\r') {
                    w.writeEntityRef("#13");
                } else {
                    w.writeCharacters("\uFFFD");
                    replaced++;
                }
                from = i + 1;
            }
        }
        w.writeCharacters(value.substring(from));
        return replaced;
    }

    private static void relation(XMLStreamWriter w, String id, String qualifier, String type)
            throws XMLStreamException {
        nl(w, 4);
        w.writeEmptyElement("object");
        w.writeAttribute("object-id", id);
        w.writeAttribute("qualifier", qualifier == null ? "" : qualifier);
        w.writeAttribute("type", type);
    }

    private static void types(XMLStreamWriter w, String listName, String name, Map<String, Map<String, String>> types)
            throws XMLStreamException {
        nl(w, 1);
        w.writeStartElement(listName);
        for (Map.Entry<String, Map<String, String>> t : types.entrySet()) {
            nl(w, 2);
            w.writeStartElement(name);
            w.writeAttribute("name", t.getKey());
            nl(w, 3);
            w.writeStartElement("attributes");
            for (Map.Entry<String, String> a : t.getValue().entrySet()) {
                nl(w, 4);
                w.writeEmptyElement("attribute");
                w.writeAttribute("name", a.getKey());
                w.writeAttribute("type", a.getValue());
            }
            nl(w, 3);
            w.writeEndElement();
            nl(w, 2);
            w.writeEndElement();
        }
        nl(w, 1);
        w.writeEndElement();
    }
}
