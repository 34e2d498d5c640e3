package org.glassbox.io.ocel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/**
 * Reads OCEL 2.0 XML with StAX, streaming, with DTDs and external entities disabled (an XXE
 * payload is refused: its entity is never resolved, and XInclude is not processed). Relations are
 * read from the children of an {@code <objects>} element inside an object or event, whatever
 * their element name: the standard's {@code <relationship object-id qualifier/>} and the XSD's
 * {@code <object object-id qualifier type/>} alike. The declaration-only type
 * {@value XmlOcelWriter#ALL_ATTRIBUTES} that {@link XmlOcelWriter} may add is skipped.
 */
final class XmlOcelReader {
    private final Path file;
    private final OcelLogAssembler log;
    private XMLStreamReader x;

    XmlOcelReader(Path file) {
        this.file = file;
        this.log = new OcelLogAssembler(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return f;
    }

    /** Keep where the objects and events are (before {@link #read}); {@link #sourceMap} gives them after. */
    void locate() {
        log.locate();
    }

    /** Where the objects and events were read from; after {@link #read}, when {@link #locate} was asked. */
    OcelSourceMap sourceMap() {
        return log.sourceMap();
    }

    EventLog read() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            x = secureFactory().createXMLStreamReader(in);
            try {
                parse();
            } finally {
                x.close();
            }
            return log.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // last line of defence against hostile input: a message, not a stack trace
            throw new OcelFormatException(file, "cannot read the OCEL 2.0 XML: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String msg = e.getMessage();
            int cut = msg == null ? -1 : msg.indexOf("Message: ");
            throw new OcelFormatException(file, l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber(),
                    "not valid XML: " + (cut >= 0 ? msg.substring(cut + 9) : msg), e);
        }
    }

    private void parse() throws XMLStreamException, OcelFormatException {
        Deque<String> path = new ArrayDeque<>();
        boolean root = false;
        // the entity being read
        String typeName = null;
        boolean typeIsEvent = false;
        Map<String, String> typeAttrs = null;
        int object = -1;
        boolean inEvent = false;
        List<String[]> eventAttrs = new ArrayList<>();
        List<String[]> eventRels = new ArrayList<>();
        String eventId = null;
        String eventType = null;
        long eventTime = 0;
        Location eventAt = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw error("a DOCTYPE is not allowed in an OCEL 2.0 file (DTDs and entities are refused)");
            }
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("entity reference &" + x.getLocalName() + "; is not allowed (entities are refused)");
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                if ((name.equals("object-type") || name.equals("event-type")) && path.size() == 2) {
                    if (typeName.equals(XmlOcelWriter.ALL_ATTRIBUTES)) {
                        typeAttrs = null; // our writer's declaration-only type, not part of the log
                    } else if (typeIsEvent) {
                        log.eventType(typeName, typeAttrs);
                    } else {
                        log.objectType(typeName, typeAttrs);
                    }
                } else if (name.equals("event") && inEvent && path.size() == 2) {
                    if (!log.event(eventId, eventType, eventTime)) {
                        throw new OcelFormatException(file, eventAt.getLineNumber(), eventAt.getColumnNumber(),
                                "duplicate event id '" + eventId + "'", null);
                    }
                    if (log.locating()) {
                        log.placeEvent(eventAt.getLineNumber() + ":" + eventAt.getColumnNumber());
                    }
                    for (String[] a : eventAttrs) {
                        log.eventAttribute(a[0], a[1]);
                    }
                    for (String[] r : eventRels) {
                        log.e2o(r[0], r[1]);
                    }
                    inEvent = false;
                } else if (name.equals("object") && path.size() == 2) {
                    object = -1;
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = x.getLocalName();
            int depth = path.size();
            String parent = path.peek();
            if (depth == 0) {
                if (!name.equals("log")) {
                    throw error("expected the root element <log>, found <" + name + ">");
                }
                root = true;
            } else if (depth == 2 && (name.equals("object-type") || name.equals("event-type"))) {
                typeName = required("name");
                typeIsEvent = name.equals("event-type");
                typeAttrs = new LinkedHashMap<>();
            } else if (depth == 4 && name.equals("attribute") && typeAttrs != null
                    && (path.contains("object-types") || path.contains("event-types"))) {
                String t = x.getAttributeValue(null, "type");
                typeAttrs.put(required("name"), t == null ? "string" : t);
            } else if (depth == 2 && name.equals("object") && "objects".equals(parent)) {
                String id = required("id");
                object = log.object(id, required("type"));
                if (object < 0) {
                    throw error("duplicate object id '" + id + "'");
                }
                if (log.locating()) {
                    Location l = x.getLocation();
                    log.placeObject(object, l.getLineNumber() + ":" + l.getColumnNumber());
                }
            } else if (depth == 4 && name.equals("attribute") && object >= 0) {
                String time = x.getAttributeValue(null, "time");
                String attr = required("name");
                long t = time == null ? EventStore.MISSING_TIME : time(time);
                log.objectAttribute(object, attr, t, text());
                continue; // text() consumed the end element
            } else if (depth == 4 && "objects".equals(parent) && object >= 0) {
                log.objectRelation(object, required("object-id"), x.getAttributeValue(null, "qualifier"));
            } else if (depth == 2 && name.equals("event")) {
                eventAt = x.getLocation();
                eventId = required("id");
                eventType = required("type");
                eventTime = time(required("time"));
                eventAttrs.clear();
                eventRels.clear();
                inEvent = true;
            } else if (depth == 4 && name.equals("attribute") && inEvent) {
                String attr = required("name");
                eventAttrs.add(new String[] {attr, text()});
                continue;
            } else if (depth == 4 && "objects".equals(parent) && inEvent) {
                eventRels.add(new String[] {required("object-id"), x.getAttributeValue(null, "qualifier")});
            }
            path.push(name);
        }
        if (!root) {
            throw new OcelFormatException(file, "no <log> element: this is not an OCEL 2.0 XML file", null);
        }
    }

    /** The text of the current element; leaves the reader on its end tag. */
    private String text() throws XMLStreamException, OcelFormatException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(x.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString();
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw error("entity reference &" + x.getLocalName() + "; is not allowed (entities are refused)");
                case XMLStreamConstants.START_ELEMENT -> throw error("an attribute value may not contain elements");
                default -> {
                }
            }
        }
    }

    private String required(String attribute) throws OcelFormatException {
        String v = x.getAttributeValue(null, attribute);
        if (v == null) {
            throw error("<" + x.getLocalName() + "> needs the attribute " + attribute);
        }
        return v;
    }

    private long time(String text) throws OcelFormatException {
        try {
            return OcelTime.parse(text);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw error("'" + text + "' is not an ISO 8601 timestamp (e.g. 2022-01-31T22:00:00Z)");
        }
    }

    private OcelFormatException error(String message) {
        Location l = x.getLocation();
        return new OcelFormatException(file, l.getLineNumber(), l.getColumnNumber(), message, null);
    }
}
