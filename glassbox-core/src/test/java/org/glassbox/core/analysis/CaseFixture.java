package org.glassbox.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Tie;

/** Hand-made cases for the analysis tests, written the way a coder fills in the CSV files. */
public final class CaseFixture {
    private final List<Actor> actors = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<String[]> events = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<Integer, Map<String, String>> extra = new java.util.HashMap<>();
    private final List<CaseObject> objects = new ArrayList<>();
    private Integer start;
    private Integer end;
    private Codebook codebook = Codebook.defaults();

    public static CaseFixture of() {
        return new CaseFixture();
    }

    public CaseFixture actor(String id, String sector) {
        actors.add(new Actor(id, id, sector));
        return this;
    }

    public CaseFixture actor(String id, String sector, String level, String function) {
        actors.add(new Actor(id, id, null, sector, level, function, null, null, Map.of()));
        return this;
    }

    public CaseFixture actor(Actor a) {
        actors.add(a);
        return this;
    }

    /** A tie; start/end as partial dates or null. */
    public CaseFixture tie(String id, String from, String to, String type, String start, String end) {
        ties.add(new Tie(id, from, to, type, start == null ? null : PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end), null, Map.of()));
        return this;
    }

    public CaseFixture tie(String id, String from, String to, String type) {
        return tie(id, from, to, type, null, null);
    }

    /**
     * An event: initiators, targets, participants and objects as {@code ;} lists (or empty);
     * mechanism blank for the type's default.
     */
    public CaseFixture event(String id, String date, String type, String initiators, String targets, String participants,
                             String objects, String mechanism) {
        events.add(new String[] {id, date, type, initiators, targets, participants, objects, mechanism, null});
        return this;
    }

    public CaseFixture event(String id, String date, String type, String initiators, String targets, String participants) {
        return event(id, date, type, initiators, targets, participants, "", "");
    }

    /** An event copied from elsewhere (from_jurisdiction). */
    public CaseFixture copied(String id, String date, String type, String initiators, String objects, String from) {
        events.add(new String[] {id, date, type, initiators, "", "", objects, "", from});
        return this;
    }

    /** An extra column of the last event added (e.g. {@code confidence=low}). */
    public CaseFixture extra(String column, String value) {
        extra.computeIfAbsent(events.size() - 1, k -> new java.util.LinkedHashMap<>()).put(column, value);
        return this;
    }

    /** An extra column of the last event added (e.g. {@code exempt}, {@code coding_note}), kept as its attribute. */
    public CaseFixture attribute(String name, String value) {
        extra.computeIfAbsent(events.size() - 1, k -> new java.util.LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** A row of objects.csv: {@code kind:id} and its audience (or null). */
    public CaseFixture object(String id, String audience) {
        objects.add(new CaseObject(id, null, null, audience, null, Map.of()));
        return this;
    }

    public CaseFixture period(int from, int to) {
        start = from;
        end = to;
        return this;
    }

    public CaseFixture phase(String id, String start, String end) {
        phases.add(new Phase(id, id, PartialDate.parse(start), PartialDate.parse(end)));
        return this;
    }

    public CaseFixture indicator(String date, String name, double value) {
        indicators.add(new Indicator(PartialDate.parse(date), name, value, "%", null, Map.of()));
        return this;
    }

    public CaseFixture codebook(Codebook c) {
        codebook = c;
        return this;
    }

    public Case build() {
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        for (int n = 0; n < events.size(); n++) {
            String[] e = events.get(n);
            b.add(e[0], e[2], PartialDate.parse(e[1]));
            extra.getOrDefault(n, Map.of()).forEach(b::attribute);
            if (!e[7].isEmpty()) {
                b.mechanism(Mechanism.ofWord(e[7]));
            }
            roles(b, e[3], Role.INITIATOR);
            roles(b, e[4], Role.TARGET);
            roles(b, e[5], Role.PARTICIPANT);
            for (String o : split(e[6])) {
                b.object(ObjectRef.parse(o));
            }
            if (e[8] != null) {
                b.attribute(EventStore.FROM_JURISDICTION, e[8]);
            }
            extra.getOrDefault(events.indexOf(e), Map.of()).forEach(b::attribute);
        }
        CaseInfo info = new CaseInfo("fixture", "Fixture", null, null, null, start, end, phases, null, Map.of());
        return Case.of(info, actors, ties, b.build(), indicators, List.of(), codebook).withObjects(objects);
    }

    /** The facts of the built case under its codebook. */
    public CaseFacts facts() {
        Case c = build();
        return new CaseFacts(c, c.codebook());
    }

    private static void roles(EventStore.Builder b, String list, Role r) {
        for (String a : split(list)) {
            b.actor(a, r);
        }
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            return out;
        }
        for (String s : list.split(";")) {
            out.add(s);
        }
        return out;
    }
}
