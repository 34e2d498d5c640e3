package org.glassbox.io.ocel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/**
 * Reads OCEL 2.0 JSON with Jackson's streaming parser: one pass, no document tree; each event and
 * object is read into a small buffer (its keys may come in any order) and handed to the
 * {@link OcelLogAssembler}. Attribute values may be JSON strings or native numbers and booleans.
 * Top-level keys other than the four of the standard are skipped.
 */
final class JsonOcelReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Path file;
    private final OcelLogAssembler log;
    private JsonParser p;

    JsonOcelReader(Path file) {
        this.file = file;
        this.log = new OcelLogAssembler(file.getFileName() == null ? file.toString() : file.getFileName().toString());
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
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            p = parser;
            expect(p.nextToken(), JsonToken.START_OBJECT, "an OCEL 2.0 JSON object");
            boolean sawEvents = false;
            boolean sawObjects = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "objectTypes" -> readTypes(false);
                    case "eventTypes" -> readTypes(true);
                    case "objects" -> {
                        sawObjects = true;
                        readArray(this::readObject);
                    }
                    case "events" -> {
                        sawEvents = true;
                        readArray(this::readEvent);
                    }
                    default -> p.skipChildren();
                }
            }
            if (!sawEvents && !sawObjects) {
                throw error(p.currentLocation(), "no \"events\" and no \"objects\": this is not an OCEL 2.0 JSON file");
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw error(p.currentTokenLocation(), "expected a key or the end of the top-level object");
            }
            return log.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // last line of defence against hostile input: a message, not a stack trace
            throw new OcelFormatException(file, "cannot read the OCEL 2.0 JSON: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new OcelFormatException(file, l == null ? -1 : l.getLineNr(), l == null ? -1 : l.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private interface Item {
        void read() throws IOException;
    }

    private void readArray(Item item) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY, "an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            item.read();
        }
    }

    private void readTypes(boolean events) throws IOException {
        readArray(() -> {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a type object {name, attributes}");
            JsonLocation at = p.currentTokenLocation();
            String name = null;
            Map<String, String> attrs = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                if (key.equals("name")) {
                    name = text();
                } else if (key.equals("attributes")) {
                    readArray(() -> {
                        expect(p.currentToken(), JsonToken.START_OBJECT, "an attribute declaration {name, type}");
                        String an = null;
                        String at2 = "string";
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            p.nextToken();
                            if (k.equals("name")) {
                                an = text();
                            } else if (k.equals("type")) {
                                at2 = text();
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (an != null) {
                            attrs.put(an, at2);
                        }
                    });
                } else {
                    p.skipChildren();
                }
            }
            if (name == null) {
                throw error(at, (events ? "an event" : "an object") + " type without \"name\"");
            }
            if (events) {
                log.eventType(name, attrs);
            } else {
                log.objectType(name, attrs);
            }
        });
    }

    private record Entry(String name, String time, Object value, JsonLocation at) {
    }

    private record Relation(String objectId, String qualifier) {
    }

    private void readObject() throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "an object {id, type, attributes, relationships}");
        JsonLocation at = p.currentTokenLocation();
        String id = null;
        String type = null;
        List<Entry> attrs = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "id" -> id = text();
                case "type" -> type = text();
                case "attributes" -> readAttributes(attrs);
                case "relationships" -> readRelationships(rels);
                default -> p.skipChildren();
            }
        }
        if (id == null || type == null) {
            throw error(at, "an object needs \"id\" and \"type\"");
        }
        int code = log.object(id, type);
        if (code < 0) {
            throw error(at, "duplicate object id '" + id + "'");
        }
        if (log.locating()) {
            log.placeObject(code, at.getLineNr() + ":" + at.getColumnNr());
        }
        for (Entry e : attrs) {
            long time = EventStore.MISSING_TIME;
            if (e.time() != null) {
                time = time(e.time(), e.at());
            }
            log.objectAttribute(code, e.name(), time, e.value() == null ? null : e.value().toString());
        }
        for (Relation r : rels) {
            log.objectRelation(code, r.objectId(), r.qualifier());
        }
    }

    private void readEvent() throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, "an event {id, type, time, attributes, relationships}");
        JsonLocation at = p.currentTokenLocation();
        String id = null;
        String type = null;
        String time = null;
        JsonLocation timeAt = at;
        List<Entry> attrs = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "id" -> id = text();
                case "type" -> type = text();
                case "time" -> {
                    timeAt = p.currentTokenLocation();
                    time = text();
                }
                case "attributes" -> readAttributes(attrs);
                case "relationships" -> readRelationships(rels);
                default -> p.skipChildren();
            }
        }
        if (id == null || type == null || time == null) {
            throw error(at, "an event needs \"id\", \"type\" and \"time\"");
        }
        if (!log.event(id, type, time(time, timeAt))) {
            throw error(at, "duplicate event id '" + id + "'");
        }
        if (log.locating()) {
            log.placeEvent(at.getLineNr() + ":" + at.getColumnNr());
        }
        for (Entry e : attrs) {
            log.eventAttribute(e.name(), e.value());
        }
        for (Relation r : rels) {
            log.e2o(r.objectId(), r.qualifier());
        }
    }

    private void readAttributes(List<Entry> into) throws IOException {
        readArray(() -> {
            expect(p.currentToken(), JsonToken.START_OBJECT, "an attribute {name, value}");
            JsonLocation at = p.currentTokenLocation();
            String name = null;
            String time = null;
            Object value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "name" -> name = text();
                    case "time" -> time = text();
                    case "value" -> value = value();
                    default -> p.skipChildren();
                }
            }
            if (name == null) {
                throw error(at, "an attribute without \"name\"");
            }
            into.add(new Entry(name, time, value, at));
        });
    }

    private void readRelationships(List<Relation> into) throws IOException {
        readArray(() -> {
            expect(p.currentToken(), JsonToken.START_OBJECT, "a relationship {objectId, qualifier}");
            JsonLocation at = p.currentTokenLocation();
            String id = null;
            String q = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "objectId" -> id = text();
                    case "qualifier" -> q = text();
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw error(at, "a relationship without \"objectId\"");
            }
            into.add(new Relation(id, q));
        });
    }

    /** A scalar as text (numbers as written); null for JSON null. */
    private String text() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            throw error(p.currentTokenLocation(), "expected a text value, found " + describe(t));
        }
        return p.getText();
    }

    /** A scalar value: String, Long, Double or Boolean; null for JSON null. */
    private Object value() throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getText() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> p.getText();
            default -> throw error(p.currentTokenLocation(), "expected an attribute value, found " + describe(t));
        };
    }

    private long time(String text, JsonLocation at) throws OcelFormatException {
        try {
            return OcelTime.parse(text);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw error(at, "'" + text + "' is not an ISO 8601 timestamp (e.g. 2022-01-31T22:00:00Z)");
        }
    }

    private void expect(JsonToken found, JsonToken expected, String what) throws OcelFormatException {
        if (found != expected) {
            throw error(p.currentTokenLocation(), "expected " + what + ", found " + describe(found));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private OcelFormatException error(JsonLocation at, String message) {
        return new OcelFormatException(file, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                message, null);
    }
}
