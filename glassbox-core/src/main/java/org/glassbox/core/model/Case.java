package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One jurisdiction's coded digital-governance history: what case.yaml says, the actors (actor
 * code i = {@code actors().get(i)}), the ties and events (columnar, with actor codes in that same
 * order), indicators, sources and the codebook in force, and — case format 1.1 — the described
 * objects (objects.csv) and the qualitative layer ({@link Coding}: coders, codes, documents,
 * passages). Immutable; {@link #withObjects} and {@link #withCoding} return copies.
 */
public final class Case {
    private final CaseInfo info;
    private final List<Actor> actors;
    private final Dictionary actorCodes;
    private final TieTable ties;
    private final EventStore events;
    private final List<Indicator> indicators;
    private final List<Source> sources;
    private final Codebook codebook;
    private final List<CaseObject> objects;
    private final Map<String, CaseObject> objectById;
    private final Coding coding;

    private Case(CaseInfo info, List<Actor> actors, Dictionary actorCodes, TieTable ties, EventStore events,
                 List<Indicator> indicators, List<Source> sources, Codebook codebook,
                 List<CaseObject> objects, Coding coding) {
        this.info = Objects.requireNonNull(info, "info");
        this.actors = actors;
        this.actorCodes = actorCodes;
        this.ties = ties;
        this.events = events;
        this.indicators = List.copyOf(indicators);
        this.sources = List.copyOf(sources);
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.objects = List.copyOf(objects);
        Map<String, CaseObject> byId = new LinkedHashMap<>();
        for (CaseObject o : this.objects) {
            byId.putIfAbsent(o.id(), o);
        }
        this.objectById = Collections.unmodifiableMap(byId);
        this.coding = Objects.requireNonNull(coding, "coding");
    }

    /**
     * Assembles a case. {@code events} must have been built with {@link #actorDictionary(List)}
     * of the same actors (so its actor codes are the actors' indices).
     */
    public static Case of(CaseInfo info, List<Actor> actors, List<Tie> ties, EventStore events,
                          List<Indicator> indicators, List<Source> sources, Codebook codebook) {
        List<Actor> a = List.copyOf(actors);
        Dictionary codes = events.actors();
        if (codes.size() != a.size()) {
            throw new IllegalArgumentException("events name " + codes.size() + " actors, the case has " + a.size()
                    + "; build the events with Case.actorDictionary(actors)");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!codes.value(i).equals(a.get(i).id())) {
                throw new IllegalArgumentException("actor code " + i + " is " + codes.value(i) + " in the events but "
                        + a.get(i).id() + " in the case");
            }
        }
        return new Case(info, Collections.unmodifiableList(new ArrayList<>(a)), codes,
                TieTable.of(ties, codes), events, indicators, sources, codebook, List.of(), Coding.empty());
    }

    /** A copy of this case with {@code objects} (objects.csv) described. */
    public Case withObjects(List<CaseObject> objects) {
        return new Case(info, actors, actorCodes, ties, events, indicators, sources, codebook, objects, coding);
    }

    /** A copy of this case with its qualitative layer replaced. */
    public Case withCoding(Coding coding) {
        return new Case(info, actors, actorCodes, ties, events, indicators, sources, codebook, objects, coding);
    }

    /** The frozen dictionary whose code i is actor i's id, to build the case's events with. */
    public static Dictionary actorDictionary(List<Actor> actors) {
        return Dictionary.of(actors.stream().map(Actor::id).toList());
    }

    public CaseInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public List<Actor> actors() {
        return actors;
    }

    public Actor actor(int code) {
        return actors.get(code);
    }

    /** The code of actor {@code id}, -1 when the case has no such actor. */
    public int actorCode(String id) {
        return actorCodes.code(id);
    }

    public Dictionary actorCodes() {
        return actorCodes;
    }

    public TieTable ties() {
        return ties;
    }

    public EventStore events() {
        return events;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Source> sources() {
        return sources;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The objects objects.csv describes, in file order; empty for a version 1 case. */
    public List<CaseObject> objects() {
        return objects;
    }

    /** The description of object {@code kindAndId} ({@code kind:id}), or null when objects.csv has none. */
    public CaseObject object(String kindAndId) {
        return objectById.get(kindAndId);
    }

    /** Coders, codes, documents and coded passages; {@link Coding#empty()} for a version 1 case. */
    public Coding coding() {
        return coding;
    }

    /** Sector of each actor by code, resolved once (analyses read it in hot loops). */
    public String[] sectorsByCode() {
        String[] s = new String[actors.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = actors.get(i).sector();
        }
        return s;
    }

    /** Actor index by id, for callers that prefer a map. */
    public Map<String, Integer> actorIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            m.put(actors.get(i).id(), i);
        }
        return m;
    }

    /** The resolved mechanism of event i (coded, else the type's default). */
    public Mechanism mechanism(int i) {
        return codebook.mechanismOf(events.typeName(i), events.codedMechanism(i));
    }
}
