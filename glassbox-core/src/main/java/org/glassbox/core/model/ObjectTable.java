package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an object-centric log knows of its objects beyond the events: static attributes (columnar,
 * indexed by the {@link EventStore#objects()} codes), time-stamped attribute values (OCEL 2.0's
 * changing attributes), and object-to-object relations with qualifiers. A relation whose target
 * is not a known object is kept apart as {@link #danglingRelations()} (counted and reported, never
 * dropped silently).
 */
public final class ObjectTable {

    /** An O2O relation whose target id is not among the objects. */
    public record DanglingRelation(int from, String targetId, String qualifier) {
    }

    /** One time-stamped value of an object attribute. */
    public record AttributeChange(int object, String attribute, long time, String value) {
    }

    private final int size;
    private final Map<String, AttributeColumn> attributes;
    private final List<AttributeChange> changes;
    private final int[] relFrom;
    private final int[] relTo;
    private final Dictionary relQualifiers;
    private final int[] relQualifier;
    private final List<DanglingRelation> dangling;
    private final Map<String, Map<String, String>> typeSchemas;

    private ObjectTable(Builder b, int size) {
        this.size = size;
        Map<String, AttributeColumn> a = new LinkedHashMap<>();
        b.attributes.forEach((k, v) -> a.put(k, v.build(size)));
        attributes = Collections.unmodifiableMap(a);
        changes = List.copyOf(b.changes);
        relFrom = b.relFrom.toArray();
        relTo = b.relTo.toArray();
        relQualifiers = b.relQualifiers.freeze();
        relQualifier = b.relQualifier.toArray();
        dangling = List.copyOf(b.dangling);
        Map<String, Map<String, String>> s = new LinkedHashMap<>();
        b.typeSchemas.forEach((k, v) -> s.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        typeSchemas = Collections.unmodifiableMap(s);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An empty table over {@code size} objects (logs without object data). */
    public static ObjectTable empty(int size) {
        return new Builder().build(size);
    }

    public int size() {
        return size;
    }

    public Map<String, AttributeColumn> attributes() {
        return attributes;
    }

    public List<AttributeChange> changes() {
        return changes;
    }

    public int relations() {
        return relFrom.length;
    }

    public int relationFrom(int k) {
        return relFrom[k];
    }

    public int relationTo(int k) {
        return relTo[k];
    }

    public String relationQualifier(int k) {
        return relQualifiers.value(relQualifier[k]);
    }

    public List<DanglingRelation> danglingRelations() {
        return dangling;
    }

    /** Declared attribute names and types per object type (OCEL's objectTypes), in order. */
    public Map<String, Map<String, String>> typeSchemas() {
        return typeSchemas;
    }

    /** Builds an object table; object codes are those of the event store's object dictionary. */
    public static final class Builder {
        private final Map<String, AttributeColumn.Builder> attributes = new LinkedHashMap<>();
        private final List<AttributeChange> changes = new ArrayList<>();
        private final IntArrayBuilder relFrom = new IntArrayBuilder();
        private final IntArrayBuilder relTo = new IntArrayBuilder();
        private final Dictionary relQualifiers = new Dictionary();
        private final IntArrayBuilder relQualifier = new IntArrayBuilder();
        private final List<DanglingRelation> dangling = new ArrayList<>();
        private final Map<String, Map<String, String>> typeSchemas = new LinkedHashMap<>();

        public Builder attribute(int object, String name, String value) {
            if (value != null) {
                attributes.computeIfAbsent(name, n -> new AttributeColumn.Builder(n, AttributeColumn.Kind.STRING))
                        .setString(object, value);
            }
            return this;
        }

        public Builder attribute(int object, String name, double value) {
            attributes.computeIfAbsent(name, n -> new AttributeColumn.Builder(n, AttributeColumn.Kind.DOUBLE))
                    .setDouble(object, value);
            return this;
        }

        public Builder change(int object, String name, long time, String value) {
            changes.add(new AttributeChange(object, name, time, value));
            return this;
        }

        public Builder relation(int from, int to, String qualifier) {
            relFrom.add(from);
            relTo.add(to);
            relQualifier.add(relQualifiers.intern(qualifier == null ? "" : qualifier));
            return this;
        }

        public Builder dangling(int from, String targetId, String qualifier) {
            dangling.add(new DanglingRelation(from, targetId, qualifier));
            return this;
        }

        /** Declares an object type, also one without attributes (OCEL's objectTypes keep it). */
        public Builder type(String objectType) {
            typeSchemas.computeIfAbsent(objectType, t -> new LinkedHashMap<>());
            return this;
        }

        public Builder typeAttribute(String objectType, String attribute, String valueType) {
            typeSchemas.computeIfAbsent(objectType, t -> new LinkedHashMap<>()).put(attribute, valueType);
            return this;
        }

        public ObjectTable build(int objectCount) {
            return new ObjectTable(this, objectCount);
        }
    }
}
