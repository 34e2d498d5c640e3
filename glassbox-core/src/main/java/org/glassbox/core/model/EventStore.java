package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columnar store of events, shared by coded cases and process event logs: one row per event
 * in file order, ids dictionary-encoded as int arrays, times as UTC epoch milliseconds with their
 * {@link Precision}. Actor roles (event → actor) and object references (event → object, with a
 * qualifier) are compressed-sparse-row relations. A case notion ({@link #caseOf(int)}) is present
 * for logs that have one (XES, CSV); object-centric logs and coded cases use objects instead.
 *
 * <p>Immutable once built; {@link #event(int)} gives a record view. Time queries run on a stable
 * time order computed once at build (events with equal times keep file order; a missing time,
 * {@link #MISSING_TIME}, sorts first).
 */
public final class EventStore {

    /** The time of an event whose timestamp is missing. */
    public static final long MISSING_TIME = Long.MIN_VALUE;
    /** Reserved attribute names a coded case stores its text columns under. */
    public static final String TITLE = "title";
    public static final String SOURCE = "source";
    public static final String FROM_JURISDICTION = "from_jurisdiction";
    static final Set<String> RESERVED = Set.of(TITLE, SOURCE, FROM_JURISDICTION);

    private final int size;
    private final String[] ids;
    private final Dictionary types;
    private final int[] type;
    private final long[] time;
    private final byte[] precision;
    private final byte[] mechanism;
    private final Dictionary actors;
    private final int[] actorStart;
    private final int[] actor;
    private final byte[] role;
    private final Dictionary objects;
    private final Dictionary objectTypes;
    private final int[] objectType;
    private final int[] objectStart;
    private final int[] object;
    private final Dictionary qualifiers;
    private final int[] qualifier;
    private final Dictionary caseIds;
    private final int[] caseOf;
    private final Map<String, AttributeColumn> attributes;
    private final int[] timeOrder;
    private final long[] sortedTime;

    private EventStore(Builder b) {
        size = b.size;
        ids = b.anyId ? b.ids.toArray(new String[0]) : null;
        types = b.types.freeze();
        type = b.type.toArray();
        time = b.time.toArray();
        precision = b.precision.toArray();
        mechanism = b.anyMechanism ? b.mechanism.toArray() : null;
        actors = b.actors.freeze();
        actorStart = b.actorStart.toArray();
        actor = b.actor.toArray();
        role = b.role.toArray();
        objects = b.objects.freeze();
        objectTypes = b.objectTypes.freeze();
        objectType = b.objectType.toArray();
        objectStart = b.objectStart.toArray();
        object = b.object.toArray();
        qualifiers = b.qualifiers.freeze();
        qualifier = b.qualifier.toArray();
        caseIds = b.caseIds.freeze();
        caseOf = b.anyCase ? b.caseOf.toArray() : null;
        Map<String, AttributeColumn> attrs = new LinkedHashMap<>();
        b.attributes.forEach((k, v) -> attrs.put(k, v.build(size)));
        attributes = Collections.unmodifiableMap(attrs);
        timeOrder = TimeSort.stableOrder(time);
        sortedTime = new long[size];
        for (int i = 0; i < size; i++) {
            sortedTime[i] = time[timeOrder[i]];
        }
    }

    public static Builder builder() {
        return new Builder(new Dictionary());
    }

    /**
     * A builder whose actor codes are those of {@code actors} (e.g. a case's actor list), so that
     * actor code i is actor i of the case. New actor ids may still be added unless it is frozen.
     */
    public static Builder builder(Dictionary actors) {
        return new Builder(actors);
    }

    public int size() {
        return size;
    }

    /** The event's id, or {@code #i} when the source had none. */
    public String id(int i) {
        return ids == null || ids[i] == null ? "#" + i : ids[i];
    }

    public boolean hasIds() {
        return ids != null;
    }

    public int type(int i) {
        return type[i];
    }

    public Dictionary types() {
        return types;
    }

    public String typeName(int i) {
        return types.value(type[i]);
    }

    public long time(int i) {
        return time[i];
    }

    public Precision precision(int i) {
        return Precision.ofOrdinal(precision[i]);
    }

    /** The coded mechanism, or null when blank (the type's default then applies). */
    public Mechanism codedMechanism(int i) {
        return mechanism == null || mechanism[i] < 0 ? null : Mechanism.ofOrdinal(mechanism[i]);
    }

    public Dictionary actors() {
        return actors;
    }

    /** Index range [actorsFrom(i), actorsTo(i)) into {@link #actorAt(int)} / {@link #roleAt(int)}. */
    public int actorsFrom(int i) {
        return actorStart[i];
    }

    public int actorsTo(int i) {
        return actorStart[i + 1];
    }

    public int actorAt(int k) {
        return actor[k];
    }

    public Role roleAt(int k) {
        return Role.ofOrdinal(role[k]);
    }

    /** Number of event–actor links. */
    public int actorLinks() {
        return actor.length;
    }

    public Dictionary objects() {
        return objects;
    }

    public Dictionary objectTypes() {
        return objectTypes;
    }

    /** Object type code of object {@code o}. */
    public int objectType(int o) {
        return objectType[o];
    }

    public int objectsFrom(int i) {
        return objectStart[i];
    }

    public int objectsTo(int i) {
        return objectStart[i + 1];
    }

    public int objectAt(int k) {
        return object[k];
    }

    public int qualifierAt(int k) {
        return qualifier[k];
    }

    public Dictionary qualifiers() {
        return qualifiers;
    }

    public boolean hasCases() {
        return caseOf != null;
    }

    /** The case (trace) code of event i; only when {@link #hasCases()}. */
    public int caseOf(int i) {
        return caseOf[i];
    }

    public Dictionary caseIds() {
        return caseIds;
    }

    public Map<String, AttributeColumn> attributes() {
        return attributes;
    }

    public AttributeColumn attribute(String name) {
        return attributes.get(name);
    }

    /** The i-th event in time order (stable: equal times keep file order). */
    public int inTimeOrder(int rank) {
        return timeOrder[rank];
    }

    /** First time-order rank whose time is ≥ {@code t}. */
    public int rankAtOrAfter(long t) {
        return TimeSort.lowerBound(sortedTime, t);
    }

    /** Events whose time (start of their span) lies in [from, to), in time order. */
    public int[] between(long from, long toExclusive) {
        int a = rankAtOrAfter(from);
        int b = rankAtOrAfter(toExclusive);
        int[] out = new int[Math.max(0, b - a)];
        System.arraycopy(timeOrder, a, out, 0, out.length);
        return out;
    }

    /** The partial date of a coded event; null for instants and missing times. */
    public PartialDate date(int i) {
        Precision p = precision(i);
        return time[i] == MISSING_TIME || p == Precision.INSTANT ? null : PartialDate.fromMillis(time[i], p);
    }

    /** Actors of event i in the given role, as ids. */
    public List<String> actorIds(int i, Role r) {
        List<String> out = new ArrayList<>(2);
        for (int k = actorStart[i]; k < actorStart[i + 1]; k++) {
            if (role[k] == r.ordinal()) {
                out.add(actors.value(actor[k]));
            }
        }
        return out;
    }

    /** A record view of event i. */
    public Event event(int i) {
        List<ObjectRef> refs = new ArrayList<>(objectStart[i + 1] - objectStart[i]);
        for (int k = objectStart[i]; k < objectStart[i + 1]; k++) {
            refs.add(new ObjectRef(objectTypes.value(objectType[object[k]]), objectLocalId(object[k])));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (AttributeColumn c : attributes.values()) {
            if (!RESERVED.contains(c.name()) && c.isPresent(i)) {
                extra.put(c.name(), c.text(i));
            }
        }
        String src = text(SOURCE, i);
        return new Event(i, id(i), typeName(i), date(i), codedMechanism(i),
                actorIds(i, Role.INITIATOR), actorIds(i, Role.TARGET), actorIds(i, Role.PARTICIPANT),
                refs, text(TITLE, i), src == null ? List.of() : List.of(src.split(";")),
                text(FROM_JURISDICTION, i), extra);
    }

    /** The id of object {@code o} without its {@code kind:} prefix. */
    public String objectLocalId(int o) {
        String key = objects.value(o);
        String kind = objectTypes.value(objectType[o]);
        return key.startsWith(kind + ":") ? key.substring(kind.length() + 1) : key;
    }

    private String text(String column, int i) {
        AttributeColumn c = attributes.get(column);
        return c == null ? null : c.text(i);
    }

    /**
     * Appends events one at a time: {@link #add} starts an event, and the calls after it
     * (actor, object, caseId, attribute…) attach to that event.
     */
    public static final class Builder {
        private int size = -1;
        private final List<String> ids = new ArrayList<>();
        private boolean anyId;
        private final Dictionary types = new Dictionary();
        private final IntArrayBuilder type = new IntArrayBuilder();
        private final LongArrayBuilder time = new LongArrayBuilder();
        private final ByteArrayBuilder precision = new ByteArrayBuilder();
        private final ByteArrayBuilder mechanism = new ByteArrayBuilder();
        private boolean anyMechanism;
        private final Dictionary actors;
        private final IntArrayBuilder actorStart = new IntArrayBuilder();
        private final IntArrayBuilder actor = new IntArrayBuilder();
        private final ByteArrayBuilder role = new ByteArrayBuilder();
        private final Dictionary objects = new Dictionary();
        private final Dictionary objectTypes = new Dictionary();
        private final IntArrayBuilder objectType = new IntArrayBuilder();
        private final IntArrayBuilder objectStart = new IntArrayBuilder();
        private final IntArrayBuilder object = new IntArrayBuilder();
        private final Dictionary qualifiers = new Dictionary();
        private final IntArrayBuilder qualifier = new IntArrayBuilder();
        private final Dictionary caseIds = new Dictionary();
        private final IntArrayBuilder caseOf = new IntArrayBuilder();
        private boolean anyCase;
        private final Map<String, AttributeColumn.Builder> attributes = new LinkedHashMap<>();
        private boolean built;

        private Builder(Dictionary actors) {
            this.actors = actors;
            size = 0;
            actorStart.add(0);
            objectStart.add(0);
        }

        /** Starts event number {@code size()}; returns its index. */
        public int add(String id, String typeName, long epochMillis, Precision p) {
            if (built) {
                throw new IllegalStateException("already built");
            }
            if (size > 0) {
                close();
            }
            ids.add(id);
            anyId |= id != null;
            type.add(types.intern(typeName == null ? "" : typeName));
            time.add(epochMillis);
            precision.add((byte) p.ordinal());
            mechanism.add((byte) -1);
            caseOf.add(-1);
            return size++;
        }

        /** Starts a coded event with a partial date. */
        public int add(String id, String typeName, PartialDate date) {
            return add(id, typeName, date == null ? MISSING_TIME : date.startMillis(),
                    date == null ? Precision.DAY : date.precision());
        }

        private void close() {
            actorStart.add(actor.size());
            objectStart.add(object.size());
        }

        private int current() {
            if (size == 0) {
                throw new IllegalStateException("no event started");
            }
            return size - 1;
        }

        public Builder mechanism(Mechanism m) {
            if (m != null) {
                mechanism.set(current(), (byte) m.ordinal());
                anyMechanism = true;
            }
            return this;
        }

        public Builder actor(String actorId, Role r) {
            return actor(actors.intern(actorId), r);
        }

        public Builder actor(int actorCode, Role r) {
            current();
            actor.add(actorCode);
            role.add((byte) r.ordinal());
            return this;
        }

        /** Links the current event to object {@code key} of type {@code kind}, with a qualifier. */
        public Builder object(String key, String kind, String qualifierName) {
            current();
            int before = objects.size();
            int o = objects.intern(key);
            if (o == before) {
                objectType.add(objectTypes.intern(kind));
            }
            object.add(o);
            qualifier.add(qualifiers.intern(qualifierName == null ? "" : qualifierName));
            return this;
        }

        /** Links the current event to a coded case's {@code kind:id} object. */
        public Builder object(ObjectRef ref) {
            return object(ref.toString(), ref.kind(), "object");
        }

        /** Declares an object that may have no events (kept and counted, as OCEL requires). */
        public int declareObject(String key, String kind) {
            int before = objects.size();
            int o = objects.intern(key);
            if (o == before) {
                objectType.add(objectTypes.intern(kind));
            }
            return o;
        }

        public Builder caseId(String caseId) {
            caseOf.set(current(), caseIds.intern(caseId));
            anyCase = true;
            return this;
        }

        public Builder caseCode(int caseCode) {
            caseOf.set(current(), caseCode);
            anyCase = true;
            return this;
        }

        /** The dictionary of case ids, for readers that intern once per trace. */
        public Dictionary caseIds() {
            return caseIds;
        }

        private AttributeColumn.Builder column(String name, AttributeColumn.Kind kind) {
            return attributes.computeIfAbsent(name, n -> new AttributeColumn.Builder(n, kind));
        }

        public Builder attribute(String name, String value) {
            if (value != null) {
                column(name, AttributeColumn.Kind.STRING).setString(current(), value);
            }
            return this;
        }

        public Builder attribute(String name, long value) {
            column(name, AttributeColumn.Kind.LONG).setLong(current(), value);
            return this;
        }

        public Builder attribute(String name, double value) {
            column(name, AttributeColumn.Kind.DOUBLE).setDouble(current(), value);
            return this;
        }

        public Builder attribute(String name, boolean value) {
            column(name, AttributeColumn.Kind.BOOLEAN).setBoolean(current(), value);
            return this;
        }

        public Builder timeAttribute(String name, long epochMillis) {
            column(name, AttributeColumn.Kind.TIME).setLong(current(), epochMillis);
            return this;
        }

        public int size() {
            return size;
        }

        public EventStore build() {
            if (built) {
                throw new IllegalStateException("already built");
            }
            if (size > 0) {
                close();
            }
            built = true;
            return new EventStore(this);
        }
    }
}
