package org.glassbox.io.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.ObjectTable;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CodebookYaml;
import org.glassbox.io.ocel.OcelFormat;
import org.glassbox.io.ocel.OcelTime;
import org.glassbox.io.ocel.OcelMappingException;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.ocel.OcelWriter;
import static org.glassbox.io.interchange.CaseOcelMapping.*;

/**
 * A coded case as an OCEL 2.0 log, by the lossless mapping of case-format.md ("Interchange: OCEL 2.0";
 * the table is in {@link CaseOcelMapping}); {@link OcelToCase} is the way back.
 */
public final class CaseToOcel {
    private CaseToOcel() {
    }

    /** Writes a case as OCEL 2.0 in the given format; returns the writer's warnings. */
    public static List<String> write(Case c, Path file, OcelFormat format) throws IOException {
        return OcelWriter.write(toLog(c), file, format);
    }

    /** The case as an object-centric log, by the mapping table. */
    public static EventLog toLog(Case c) {
        return new ToLog(c).build();
    }

    private static final class ToLog {
        private final Case c;
        private final Set<String> used = new HashSet<>();
        private final EventStore.Builder b = EventStore.builder();
        private final ObjectTable.Builder t = ObjectTable.builder();
        private final Map<String, Map<String, String>> eventSchemas = new LinkedHashMap<>();

        ToLog(Case c) {
            this.c = c;
        }

        /** The OCEL id of an object, its natural id unless already taken. */
        private String assign(String natural, String type) {
            if (used.add(natural)) {
                return natural;
            }
            String id = type + ":" + natural;
            for (int k = 2; !used.add(id); k++) {
                id = type + ":" + natural + "#" + k;
            }
            return id;
        }

        private int declare(String id, String natural, String type) {
            int o = b.declareObject(id, type);
            t.type(type);
            if (!id.equals(natural) && !(type.equals(ORGANIZATION) || type.equals(SOURCE))) {
                set(o, type, "id", natural);
            }
            return o;
        }

        private void set(int o, String type, String name, String value) {
            if (value != null && !value.isEmpty()) {
                t.attribute(o, name, value);
                t.typeAttribute(type, name, "string");
            }
        }

        private static String text(PartialDate d) {
            return d == null ? null : d.toString();
        }

        EventLog build() {
            List<Actor> actors = c.actors();
            List<Tie> ties = c.ties().ties();
            List<Source> sources = c.sources();
            Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
            for (Indicator i : c.indicators()) {
                indicators.computeIfAbsent(i.indicator(), k -> new ArrayList<>()).add(i);
            }
            EventStore cs = c.events();
            // ids, by priority: actors keep theirs first
            String[] actorIds = new String[actors.size()];
            for (int a = 0; a < actorIds.length; a++) {
                actorIds[a] = assign(actors.get(a).id(), ORGANIZATION);
            }
            String[] tieIds = new String[ties.size()];
            for (int k = 0; k < tieIds.length; k++) {
                tieIds[k] = assign(ties.get(k).id(), TIE);
            }
            Map<String, String> sourceIds = new LinkedHashMap<>();
            for (Source s : sources) {
                sourceIds.put(s.id(), assign(s.id(), SOURCE));
            }
            Map<String, String> indicatorIds = new LinkedHashMap<>();
            for (String name : indicators.keySet()) {
                indicatorIds.put(name, assign(name, INDICATOR));
            }
            String[] kindIds = new String[cs.objects().size()];
            for (int o = 0; o < kindIds.length; o++) {
                kindIds[o] = assign(cs.objects().value(o), cs.objectTypes().value(cs.objectType(o)));
            }
            List<Phase> phases = c.info().phases();
            String[] phaseIds = new String[phases.size()];
            for (int p = 0; p < phaseIds.length; p++) {
                phaseIds[p] = assign(phases.get(p).id(), PHASE);
            }
            String caseId = assign(c.id(), CASE);

            // objects, in reading order: case, phases, actors, ties, sources, indicators, things
            CaseInfo info = c.info();
            int co = declare(caseId, c.id(), CASE);
            set(co, CASE, "name", info.name());
            set(co, CASE, "name_zh", info.nameZh());
            set(co, CASE, "level", info.level());
            set(co, CASE, "parent", info.parent());
            set(co, CASE, "period.start", info.periodStart() == null ? null : info.periodStart().toString());
            set(co, CASE, "period.end", info.periodEnd() == null ? null : info.periodEnd().toString());
            set(co, CASE, "description", info.description());
            info.extra().forEach((k, v) -> set(co, CASE, k, v));
            set(co, CASE, CODEBOOK, CodebookYaml.writeExtension(c.codebook(), c.coding().codes()));
            for (int p = 0; p < phases.size(); p++) {
                Phase ph = phases.get(p);
                int po = declare(phaseIds[p], ph.id(), PHASE);
                set(po, PHASE, "name", ph.name());
                if (ph.nameZh() != null) {
                    set(po, PHASE, "name_zh", ph.nameZh());
                }
                set(po, PHASE, "start", text(ph.start()));
                set(po, PHASE, "end", text(ph.end()));
                t.relation(co, po, PHASE);
            }
            int[] actorCode = new int[actors.size()];
            for (int a = 0; a < actors.size(); a++) {
                Actor x = actors.get(a);
                int o = declare(actorIds[a], x.id(), ORGANIZATION);
                actorCode[a] = o;
                set(o, ORGANIZATION, "id", x.id());
                set(o, ORGANIZATION, "name", x.name());
                set(o, ORGANIZATION, "name_zh", x.nameZh());
                set(o, ORGANIZATION, "sector", x.sector());
                set(o, ORGANIZATION, "level", x.level());
                set(o, ORGANIZATION, "function", x.function());
                set(o, ORGANIZATION, "joined", text(x.joined()));
                set(o, ORGANIZATION, "left", text(x.left()));
                x.attributes().forEach((k, v) -> set(o, ORGANIZATION, k, v));
            }
            for (int k = 0; k < ties.size(); k++) {
                Tie x = ties.get(k);
                int o = declare(tieIds[k], x.id(), TIE);
                set(o, TIE, "type", x.type());
                set(o, TIE, "start", text(x.start()));
                set(o, TIE, "end", text(x.end()));
                set(o, TIE, "source", x.source());
                x.attributes().forEach((n, v) -> set(o, TIE, n, v));
                t.relation(o, actorCode[c.actorCode(x.from())], "from");
                t.relation(o, actorCode[c.actorCode(x.to())], "to");
            }
            for (Source s : sources) {
                int o = declare(sourceIds.get(s.id()), s.id(), SOURCE);
                set(o, SOURCE, "id", s.id());
                set(o, SOURCE, "title", s.title());
                set(o, SOURCE, "kind", s.kind());
                set(o, SOURCE, "date", text(s.date()));
                set(o, SOURCE, "url", s.url());
                set(o, SOURCE, "quote", s.quote());
                s.attributes().forEach((k, v) -> set(o, SOURCE, k, v));
            }
            writeIndicators(indicators, indicatorIds);
            int[] kindCode = new int[kindIds.length];
            Map<String, Integer> thingByKey = new HashMap<>();
            for (int o = 0; o < kindIds.length; o++) {
                String kind = cs.objectTypes().value(cs.objectType(o));
                kindCode[o] = declare(kindIds[o], cs.objects().value(o), kind);
                thingByKey.put(cs.objects().value(o), kindCode[o]);
                if (!kindIds[o].equals(cs.objects().value(o))) {
                    set(kindCode[o], kind, "id", cs.objectLocalId(o));
                }
            }
            writeAdditions(co, actorCode, tieIds, indicatorIds, thingByKey);

            // events
            for (int i = 0; i < cs.size(); i++) {
                Event e = cs.event(i);
                String type = e.type();
                b.add(e.id(), type, cs.time(i), cs.precision(i));
                Map<String, String> schema = eventSchemas.computeIfAbsent(type, k -> new LinkedHashMap<>());
                attr(schema, "date", e.date() == null ? null : e.date().toString());
                attr(schema, "mechanism", e.mechanism() == null ? null : e.mechanism().word());
                attr(schema, EventStore.TITLE, e.title());
                attr(schema, EventStore.FROM_JURISDICTION, e.fromJurisdiction());
                boolean sourcesKnown = e.sources().stream().allMatch(sourceIds::containsKey);
                if (!sourcesKnown) {
                    attr(schema, EventStore.SOURCE, String.join(";", e.sources()));
                }
                e.attributes().forEach((k, v) -> attr(schema, k, v));
                for (int k = cs.actorsFrom(i); k < cs.actorsTo(i); k++) {
                    int a = cs.actorAt(k);
                    b.object(actorIds[a], ORGANIZATION, cs.roleAt(k).word());
                }
                for (int k = cs.objectsFrom(i); k < cs.objectsTo(i); k++) {
                    int o = cs.objectAt(k);
                    b.object(kindIds[o], cs.objectTypes().value(cs.objectType(o)), OBJECT);
                }
                if (sourcesKnown) {
                    for (String s : e.sources()) {
                        b.object(sourceIds.get(s), SOURCE, SOURCE);
                    }
                }
            }
            EventStore store = b.build();
            return new EventLog(c.id(), store, Map.of(), t.build(store.objects().size()), Map.of(), eventSchemas,
                    List.of());
        }

        /**
         * Format 1.1: described objects (the kind objects gaining objects.csv's columns), coders,
         * documents (text as {@code content}) and segments with their O2O relations.
         */
        private void writeAdditions(int co, int[] actorCode, String[] tieIds, Map<String, String> indicatorIds,
                                    Map<String, Integer> thingByKey) {
            for (CaseObject x : c.objects()) {
                ObjectRef ref = x.ref();
                Integer o = thingByKey.get(x.id());
                if (o == null) {
                    String id = assign(x.id(), ref.kind());
                    o = declare(id, x.id(), ref.kind());
                    if (!id.equals(x.id())) {
                        set(o, ref.kind(), "id", ref.id());
                    }
                    thingByKey.put(x.id(), o);
                }
                int oo = o;
                set(oo, ref.kind(), "name", x.name());
                set(oo, ref.kind(), "name_zh", x.nameZh());
                set(oo, ref.kind(), "audience", x.audience());
                set(oo, ref.kind(), "launched_by", x.launchedBy());
                x.attributes().forEach((k, v) -> set(oo, ref.kind(), k, v));
                t.relation(co, oo, OBJECT);
            }
            Map<String, Integer> coderCode = new HashMap<>();
            for (Coder x : c.coding().coders()) {
                int o = declare(assign(x.id(), CODER), x.id(), CODER);
                set(o, CODER, "id", x.id());
                set(o, CODER, "name", x.name());
                coderCode.put(x.id(), o);
            }
            Map<String, Integer> documentCode = new HashMap<>();
            for (Document d : c.coding().documents()) {
                int o = declare(assign(d.id(), DOCUMENT), d.id(), DOCUMENT);
                set(o, DOCUMENT, "id", d.id());
                set(o, DOCUMENT, "source", d.source());
                set(o, DOCUMENT, "text", d.textPath());
                set(o, DOCUMENT, "original", d.original());
                set(o, DOCUMENT, "language", d.language());
                set(o, DOCUMENT, "access", d.access());
                d.attributes().forEach((k, v) -> set(o, DOCUMENT, k, v));
                set(o, DOCUMENT, CONTENT, d.text());
                documentCode.put(d.id(), o);
            }
            Map<String, Integer> tieCode = new HashMap<>();
            List<Tie> ties = c.ties().ties();
            for (int k = 0; k < ties.size(); k++) {
                tieCode.put(ties.get(k).id(), b.declareObject(tieIds[k], TIE));
            }
            for (Segment x : c.coding().segments()) {
                int o = declare(assign(x.id(), SEGMENT), x.id(), SEGMENT);
                set(o, SEGMENT, "id", x.id());
                set(o, SEGMENT, "document", x.document());
                set(o, SEGMENT, "start", Integer.toString(x.start()));
                set(o, SEGMENT, "end", Integer.toString(x.end()));
                set(o, SEGMENT, "quote", x.quote());
                set(o, SEGMENT, "coder", x.coder());
                set(o, SEGMENT, "links", String.join(";", x.links().stream().map(Link::toString).toList()));
                set(o, SEGMENT, "codes", String.join(";", x.codes()));
                set(o, SEGMENT, "memo", x.memo());
                x.attributes().forEach((k, v) -> set(o, SEGMENT, k, v));
                Integer doc = documentCode.get(x.document());
                if (doc != null) {
                    t.relation(o, doc, IN);
                }
                Integer coder = coderCode.get(x.coder());
                if (coder != null) {
                    t.relation(o, coder, CODED_BY);
                }
                for (Link l : x.links()) {
                    Integer target = switch (l.kind()) {
                        case EVENT -> null; // O2O relates objects; the attribute keeps the link
                        case TIE -> tieCode.get(l.target());
                        case ACTOR -> c.actorCode(l.target()) < 0 ? null : actorCode[c.actorCode(l.target())];
                        case INDICATOR -> indicatorIds.containsKey(l.target())
                                ? b.declareObject(indicatorIds.get(l.target()), INDICATOR) : null;
                        case OBJECT -> thingByKey.get(l.target());
                    };
                    if (target != null) {
                        t.relation(o, target, EVIDENCE_FOR);
                    }
                }
            }
        }

        private void attr(Map<String, String> schema, String name, String value) {
            if (value != null && !value.isEmpty()) {
                b.attribute(name, value);
                schema.putIfAbsent(name, "string");
            }
        }

        private void writeIndicators(Map<String, List<Indicator>> indicators, Map<String, String> ids) {
            // row order survives without a seq when the rows are grouped by indicator already
            boolean grouped = true;
            List<Indicator> flat = new ArrayList<>();
            indicators.values().forEach(flat::addAll);
            for (int k = 0; k < flat.size(); k++) {
                grouped &= flat.get(k) == c.indicators().get(k);
            }
            Map<Indicator, Integer> seq = new HashMap<>();
            if (!grouped) {
                for (int k = 0; k < c.indicators().size(); k++) {
                    seq.putIfAbsent(c.indicators().get(k), k);
                }
            }
            Map<Indicator, Integer> position = new java.util.IdentityHashMap<>();
            for (int k = 0; k < c.indicators().size(); k++) {
                position.put(c.indicators().get(k), k);
            }
            for (Map.Entry<String, List<Indicator>> e : indicators.entrySet()) {
                List<Indicator> obs = e.getValue();
                int o = declare(ids.get(e.getKey()), e.getKey(), INDICATOR);
                String unit = obs.get(0).unit();
                boolean oneUnit = obs.stream().allMatch(i -> java.util.Objects.equals(i.unit(), unit));
                if (oneUnit) {
                    set(o, INDICATOR, "unit", unit);
                }
                boolean anySource = obs.stream().anyMatch(i -> i.source() != null);
                List<String> extras = new ArrayList<>();
                for (Indicator i : obs) {
                    for (String k : i.attributes().keySet()) {
                        if (!extras.contains(k)) {
                            extras.add(k);
                        }
                    }
                }
                t.typeAttribute(INDICATOR, "value", "float");
                t.typeAttribute(INDICATOR, "date", "string");
                for (Indicator i : obs) {
                    // an entry at the epoch would read back as a static value: 1970-01-01 goes 1 ms later
                    // (the date entry, not the time, carries the observation's date)
                    long time = i.date().startMillis() == OcelTime.EPOCH ? OcelTime.EPOCH + 1 : i.date().startMillis();
                    t.change(o, "value", time, Double.toString(i.value()));
                    t.change(o, "date", time, i.date().toString());
                    if (!oneUnit) {
                        t.change(o, "unit", time, i.unit());
                        t.typeAttribute(INDICATOR, "unit", "string");
                    }
                    if (anySource) {
                        t.change(o, "source", time, i.source());
                        t.typeAttribute(INDICATOR, "source", "string");
                    }
                    for (String k : extras) {
                        t.change(o, k, time, i.attributes().get(k));
                        t.typeAttribute(INDICATOR, k, "string");
                    }
                    if (!grouped) {
                        t.change(o, "seq", time, Integer.toString(position.get(i)));
                        t.typeAttribute(INDICATOR, "seq", "integer");
                    }
                }
            }
        }
    }
}
