package org.glassbox.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The vocabulary and thresholds every analysis reads: event types (category, default mechanism,
 * decision or not), tie types (axis), sectors (government / enterprise side), levels, and named
 * numeric thresholds. {@link #defaults()} is the codebook that ships with Glassbox; a case's
 * codebook.yaml {@linkplain #extend extends or overrides} it.
 */
public record Codebook(Map<String, EventType> eventTypes, Map<String, TieType> tieTypes,
                       Map<String, Side> sectors, Set<String> levels, Map<String, Double> thresholds) {

    /** The sector of an actor still to code, in a case imported from another tool's project (.qdpx); never in a case file. */
    public static final String UNKNOWN_SECTOR = "unknown";

    public Codebook {
        eventTypes = Collections.unmodifiableMap(new LinkedHashMap<>(eventTypes));
        tieTypes = Collections.unmodifiableMap(new LinkedHashMap<>(tieTypes));
        sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
        levels = Collections.unmodifiableSet(new LinkedHashSet<>(levels));
        thresholds = Collections.unmodifiableMap(new TreeMap<>(thresholds));
    }

    public static Codebook defaults() {
        return DefaultCodebook.INSTANCE;
    }

    public EventType eventType(String name) {
        return eventTypes.get(name);
    }

    public TieType tieType(String name) {
        return tieTypes.get(name);
    }

    /** The side of a sector; OTHER for unknown sectors. */
    public Side side(String sector) {
        return sectors.getOrDefault(sector, Side.OTHER);
    }

    /** The mechanism an event is played under: as coded, else its type's default, else NONE. */
    public Mechanism mechanismOf(String eventType, Mechanism coded) {
        if (coded != null) {
            return coded;
        }
        EventType t = eventTypes.get(eventType);
        return t == null ? Mechanism.NONE : t.defaultMechanism();
    }

    /** A named threshold; an unknown name is a programming error, so it throws. */
    public double threshold(String name) {
        Double v = thresholds.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no threshold named " + name + " in the codebook");
        }
        return v;
    }

    /** A copy with one threshold replaced (used by sensitivity analysis). */
    public Codebook withThreshold(String name, double value) {
        Map<String, Double> t = new TreeMap<>(thresholds);
        t.put(name, value);
        return new Codebook(eventTypes, tieTypes, sectors, levels, t);
    }

    /** This codebook with the other's entries added, the other winning where both define a name. */
    public Codebook extend(Codebook other) {
        Map<String, EventType> e = new LinkedHashMap<>(eventTypes);
        e.putAll(other.eventTypes);
        Map<String, TieType> t = new LinkedHashMap<>(tieTypes);
        t.putAll(other.tieTypes);
        Map<String, Side> s = new LinkedHashMap<>(sectors);
        s.putAll(other.sectors);
        Set<String> l = new LinkedHashSet<>(levels);
        l.addAll(other.levels);
        Map<String, Double> th = new TreeMap<>(thresholds);
        th.putAll(other.thresholds);
        return new Codebook(e, t, s, l, th);
    }

    /** An empty codebook, the start of an extension. */
    public static Codebook empty() {
        return new Codebook(Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
    }

    /** Event type names of one category, in codebook order. */
    public List<String> typesOfCategory(String category) {
        return eventTypes.values().stream().filter(t -> t.category().equals(category)).map(EventType::name).toList();
    }
}
