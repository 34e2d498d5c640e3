package org.glassbox.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.ShownPeriod;
import org.glassbox.core.analysis.ShownPeriods;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.period.PhaseBoundary;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;

/**
 * The data of one case as the report's script reads it (the JSON embedded in the page): actors,
 * events (with their swimlane), ties, the periods the report steps through
 * ({@link org.glassbox.core.analysis.ShownPeriods#steps}) with each boundary explained, the
 * network of each period, indicators, the process map, sources, and — when there is one — the
 * analysis ({@link AnalysisView}). Not to be confused with core's process-mining
 * {@code CaseView} (a log's cases).
 */
final class CaseData {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String NO_LANE = "-";
    static final String OTHER_LANE = "~other";
    /** Most swimlanes a timeline draws. */
    static final int MAX_LANES = 40;

    private final Case kase;
    private final CaseAnalysis analysis;
    private final ReportOptions opts;
    private final Messages msg;
    private final BilingualNames names;

    CaseData(Case kase, CaseAnalysis analysis, ReportOptions opts, Messages msg) {
        this.kase = kase;
        this.analysis = analysis;
        this.opts = opts;
        this.msg = msg;
        this.names = new BilingualNames(kase, opts.language());
    }

    /** A period the report steps through. */
    record Span(String id, String name, String start, String end, long startMillis, long endMillis, String basis,
                PeriodNetwork network) {
    }

    ObjectNode build(int caseIndex) {
        ObjectNode o = F.objectNode();
        o.put("index", caseIndex);
        o.put("id", kase.id());
        o.put("name", caseName());
        o.put("description", kase.info().description());
        o.put("level", kase.info().level());
        o.set("actors", actors());
        int shown = Math.min(kase.events().size(), opts.maxEvents());
        o.put("eventsTotal", kase.events().size());
        o.put("eventsShown", shown);
        Lanes lanes = opts.lanes();
        o.put("laneKind", lanes.name().toLowerCase(java.util.Locale.ROOT));
        List<String> laneKeys = new ArrayList<>();
        List<String> eventCols = extraEventColumns();
        ArrayNode ec = o.putArray("eventCols");
        eventCols.forEach(ec::add);
        o.set("events", events(shown, laneKeys, eventCols));
        ArrayNode ln = o.putArray("lanes");
        for (String k : laneKeys) {
            ln.add(laneLabel(k));
        }
        List<Span> spans = spans();
        ArrayNode ps = o.putArray("periods");
        ArrayNode nets = o.putArray("networks");
        java.util.BitSet listedTies = new java.util.BitSet(kase.ties().size());
        for (Span s : spans) {
            ObjectNode p = ps.addObject();
            p.put("id", s.id());
            p.put("name", s.name());
            p.put("start", s.start());
            p.put("end", s.end());
            p.put("t0", s.startMillis());
            p.put("t1", s.endMillis());
            p.put("basis", s.basis());
            nets.add(network(s, listedTies));
        }
        // every tie when there are few; else the ties the networks draw, then the first ones, up to maxEvents
        for (int t = 0; t < kase.ties().size() && listedTies.cardinality() < opts.maxEvents(); t++) {
            listedTies.set(t);
        }
        int[] tieRow = new int[kase.ties().size()];
        java.util.Arrays.fill(tieRow, -1);
        int rows = 0;
        for (int t = listedTies.nextSetBit(0); t >= 0; t = listedTies.nextSetBit(t + 1)) {
            tieRow[t] = rows++;
        }
        List<String> tieCols = extraTieColumns();
        ArrayNode tc = o.putArray("tieCols");
        tieCols.forEach(tc::add);
        o.set("ties", ties(listedTies, tieCols));
        o.put("tiesTotal", kase.ties().size());
        for (var net : nets) {
            ArrayNode remapped = F.arrayNode();
            net.get("ties").forEach(x -> remapped.add(tieRow[x.asInt()]));
            ((ObjectNode) net).set("ties", remapped);
        }
        o.set("boundaries", boundaries(spans));
        o.set("indicators", indicators());
        o.set("process", processMap());
        o.set("sources", sources());
        if (!kase.coding().documents().isEmpty()) {
            o.set("documents", documents());
        }
        long[] range = range(spans);
        o.put("t0", range[0]);
        o.put("t1", range[1]);
        o.set("analysis", analysis == null ? F.nullNode() : new AnalysisView(analysis, kase, msg, names).build());
        return o;
    }

    String caseName() {
        return names.caseName();
    }

    private String actorName(Actor a) {
        return names.actor(a);
    }

    /** Columns of events.csv beyond the ones the tables show anyway (a coder's {@code confidence}…), in file order. */
    private List<String> extraEventColumns() {
        List<String> out = new ArrayList<>();
        for (String name : kase.events().attributes().keySet()) {
            if (!name.equals(EventStore.TITLE) && !name.equals(EventStore.SOURCE)
                    && !name.equals(EventStore.FROM_JURISDICTION) && !name.equals(BilingualNames.TITLE_ZH)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The events any evidence of the analysis names (the verdict chain, the structure and trajectory
     * evidence, the flagged events of every diagnostic), as event indices.
     */
    private java.util.BitSet citedEvents() {
        java.util.BitSet cited = new java.util.BitSet(kase.events().size());
        if (analysis == null) {
            return cited;
        }
        List<org.glassbox.core.analysis.Evidence> all = new ArrayList<>();
        analysis.model().evidence().forEach(l -> all.add(l.evidence()));
        all.add(analysis.trajectory().evidence());
        analysis.phases().forEach(pa -> all.add(pa.structure().verdict().evidence()));
        Map<String, Integer> index = new HashMap<>();
        EventStore ev = kase.events();
        for (int i = 0; i < ev.size(); i++) {
            index.putIfAbsent(ev.id(i), i);
        }
        java.util.function.Consumer<String> mark = id -> {
            Integer i = index.get(id);
            if (i != null) {
                cited.set(i);
            }
        };
        all.forEach(e -> e.eventIds().forEach(mark));
        analysis.formalism().diagnostics().forEach(d -> d.flagged().forEach(mark));
        return cited;
    }

    private ArrayNode actors() {
        ArrayNode arr = F.arrayNode();
        for (Actor a : kase.actors()) {
            ObjectNode n = arr.addObject();
            n.put("id", a.id());
            n.put("name", actorName(a));
            n.put("sector", a.sector());
            n.put("sectorL", msg.label("sector", a.sector()));
            n.put("level", a.level() == null ? null : msg.label("level", a.level()));
            n.put("function", a.function() == null ? null : msg.label("function", a.function()));
        }
        return arr;
    }

    private String laneLabel(String key) {
        if (key.equals(NO_LANE)) {
            return msg.get("lane.none");
        }
        if (key.equals(OTHER_LANE)) {
            return msg.get("lane.other");
        }
        if (opts.lanes() == Lanes.SECTOR) {
            return msg.label("sector", key);
        }
        int c = kase.actorCode(key);
        return c < 0 ? key : actorName(kase.actor(c));
    }

    private ArrayNode events(int shown, List<String> laneKeys, List<String> extraCols) {
        EventStore ev = kase.events();
        ArrayNode arr = F.arrayNode();
        Map<String, Integer> laneIndex = new HashMap<>();
        // lanes in a stable order: sectors in codebook order, then actors in case order
        List<String> order = new ArrayList<>();
        if (opts.lanes() == Lanes.SECTOR) {
            order.addAll(kase.codebook().sectors().keySet());
            for (Actor a : kase.actors()) {
                if (!order.contains(a.sector())) {
                    order.add(a.sector());
                }
            }
        } else {
            kase.actors().forEach(a -> order.add(a.id()));
        }
        // when cut, an even sample over the time order, so the timeline still spans the whole case
        long total = ev.size();
        // the ranks (positions in time order) listed: the even sample, and every event the evidence cites
        java.util.BitSet ranks = new java.util.BitSet(ev.size());
        for (int r = 0; r < shown; r++) {
            ranks.set((int) (r * total / shown));
        }
        java.util.BitSet sampled = (java.util.BitSet) ranks.clone();
        if (shown < total) {
            java.util.BitSet cited = citedEvents();
            for (int r = 0; r < total; r++) {
                if (cited.get(ev.inTimeOrder(r))) {
                    ranks.set(r);
                }
            }
        }
        int[] rankOf = ranks.stream().toArray();
        java.util.function.IntUnaryOperator rank = k -> rankOf[k];
        int listed = rankOf.length;
        String[] laneOfEvent = new String[listed];
        java.util.Set<String> used = new java.util.HashSet<>();
        Map<String, Integer> perLane = new HashMap<>();
        for (int r = 0; r < listed; r++) {
            int i = ev.inTimeOrder(rank.applyAsInt(r));
            laneOfEvent[r] = laneKey(i);
            perLane.merge(laneOfEvent[r], 1, Integer::sum);
        }
        if (perLane.size() > MAX_LANES) { // by actor on a large case: the busiest actors, the rest in one lane
            java.util.Set<String> top = new java.util.HashSet<>(perLane.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_LANES - 1).map(Map.Entry::getKey).toList());
            for (int r = 0; r < listed; r++) {
                if (!top.contains(laneOfEvent[r])) {
                    laneOfEvent[r] = OTHER_LANE;
                }
            }
        }
        for (String k : laneOfEvent) {
            used.add(k);
        }
        for (String k : order) {
            if (used.contains(k)) {
                laneIndex.put(k, laneKeys.size());
                laneKeys.add(k);
            }
        }
        if (used.contains(OTHER_LANE)) {
            laneIndex.put(OTHER_LANE, laneKeys.size());
            laneKeys.add(OTHER_LANE);
        }
        if (used.contains(NO_LANE)) {
            laneIndex.put(NO_LANE, laneKeys.size());
            laneKeys.add(NO_LANE);
        }
        for (int r = 0; r < listed; r++) {
            int i = ev.inTimeOrder(rank.applyAsInt(r));
            ObjectNode e = arr.addObject();
            e.put("i", i);
            if (!sampled.get(rank.applyAsInt(r))) {
                e.put("cited", true);
            }
            e.put("id", ev.id(i));
            e.put("d", String.valueOf(ev.date(i)));
            e.put("t", ev.time(i));
            e.put("p", ev.precision(i).name().toLowerCase(java.util.Locale.ROOT));
            String type = ev.typeName(i);
            EventType et = kase.codebook().eventType(type);
            String cat = et == null ? CategoryProcessMap.OTHER : et.category();
            e.put("type", type);
            e.put("typeL", msg.label("type", type));
            e.put("cat", cat);
            e.put("catL", msg.label("category", cat));
            String mech = kase.mechanism(i).word();
            e.put("mech", mech);
            e.put("coded", ev.codedMechanism(i) != null);
            e.put("title", names.title(i));
            if (!extraCols.isEmpty()) {
                ArrayNode x = e.putArray("x");
                for (String col : extraCols) {
                    String v = ev.attribute(col).text(i);
                    x.add(v == null ? "" : v);
                }
            }
            ArrayNode ini = e.putArray("ini");
            ArrayNode tgt = e.putArray("tgt");
            ArrayNode par = e.putArray("par");
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                Role role = ev.roleAt(k);
                (role == Role.INITIATOR ? ini : role == Role.TARGET ? tgt : par).add(ev.actorAt(k));
            }
            ArrayNode obj = e.putArray("obj");
            for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                obj.add(names.object(ev.objects().value(ev.objectAt(k))));
            }
            ArrayNode src = e.putArray("src");
            String s = ev.attribute(EventStore.SOURCE) == null ? null : ev.attribute(EventStore.SOURCE).text(i);
            if (s != null && !s.isBlank()) {
                for (String x : s.split(";")) {
                    src.add(x.strip());
                }
            }
            String fromJ = ev.attribute(EventStore.FROM_JURISDICTION) == null ? null
                    : ev.attribute(EventStore.FROM_JURISDICTION).text(i);
            if (fromJ != null) {
                e.put("from", fromJ);
            }
            e.put("lane", laneIndex.get(laneOfEvent[r]));
            passages(e, new Link(Link.Kind.EVENT, ev.id(i)));
        }
        return arr;
    }

    /** Adds {@code pas}, the passages coded for a row (case format 1.1), when it has any. */
    private void passages(ObjectNode row, Link link) {
        List<Segment> segs = kase.coding().segmentsFor(link);
        if (segs.isEmpty()) {
            return;
        }
        ArrayNode pas = row.putArray("pas");
        for (Segment s : segs) {
            ObjectNode x = pas.addObject();
            x.put("s", s.id());
            x.put("doc", s.document());
            x.put("q", s.quote());
            x.put("coder", s.coder());
        }
    }

    /**
     * The source documents (case format 1.1): each with its text cut into runs at every passage's
     * start and end, a run carrying the indices of the passages covering it (in code points, as
     * segments.csv counts; the script only concatenates the runs), and its passages with their
     * links, codes and coder. Overlapping passages give runs covered by several.
     */
    private ArrayNode documents() {
        Map<String, Source> sourceById = new HashMap<>();
        kase.sources().forEach(s -> sourceById.putIfAbsent(s.id(), s));
        Map<String, List<Segment>> byDoc = new HashMap<>();
        for (Segment s : kase.coding().segments()) {
            byDoc.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(s);
        }
        ArrayNode arr = F.arrayNode();
        for (Document d : kase.coding().documents()) {
            ObjectNode x = arr.addObject();
            x.put("id", d.id());
            x.put("source", d.source());
            Source src = sourceById.get(d.source());
            x.put("title", src == null ? null : src.title());
            x.put("lang", d.language());
            x.put("restricted", d.restricted());
            x.put("length", d.length());
            List<Segment> segs = byDoc.getOrDefault(d.id(), List.of()).stream()
                    .filter(s -> s.end() <= d.length()).toList();
            ArrayNode sa = x.putArray("segs");
            for (Segment s : segs) {
                ObjectNode y = sa.addObject();
                y.put("id", s.id());
                y.put("start", s.start());
                y.put("end", s.end());
                y.put("q", s.quote());
                y.put("coder", s.coder());
                ArrayNode links = y.putArray("links");
                s.links().forEach(l -> links.add(l.toString()));
                ArrayNode codes = y.putArray("codes");
                s.codes().forEach(codes::add);
                if (s.memo() != null && !s.memo().isBlank()) {
                    y.put("memo", s.memo());
                }
            }
            java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, d.length()));
            for (Segment s : segs) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
            ArrayNode runs = x.putArray("runs");
            Integer from = null;
            for (int at : cuts) {
                if (from != null && at > from) {
                    ArrayNode run = runs.addArray();
                    run.add(d.slice(from, at));
                    ArrayNode covering = run.addArray();
                    for (int k = 0; k < segs.size(); k++) {
                        if (segs.get(k).start() <= from && segs.get(k).end() >= at) {
                            covering.add(k);
                        }
                    }
                }
                from = at;
            }
        }
        return arr;
    }

    private String laneKey(int i) {
        EventStore ev = kase.events();
        for (Role role : Role.values()) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                if (ev.roleAt(k) == role && ev.actorAt(k) < kase.actors().size()) {
                    Actor a = kase.actor(ev.actorAt(k));
                    return opts.lanes() == Lanes.SECTOR ? a.sector() : a.id();
                }
            }
        }
        return NO_LANE;
    }

    /** Columns of ties.csv beyond the standard ones, in the order first met. */
    private List<String> extraTieColumns() {
        java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>();
        for (int i = 0; i < kase.ties().size(); i++) {
            cols.addAll(kase.ties().tie(i).attributes().keySet());
        }
        return new ArrayList<>(cols);
    }

    private ArrayNode ties(java.util.BitSet listed, List<String> extraCols) {
        TieTable tt = kase.ties();
        ArrayNode arr = F.arrayNode();
        for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
            var tie = tt.tie(i);
            ObjectNode t = arr.addObject();
            t.put("id", tie.id());
            t.put("from", tt.from(i));
            t.put("to", tt.to(i));
            t.put("type", tie.type());
            t.put("typeL", msg.label("tie", tie.type()));
            TieType type = kase.codebook().tieType(tie.type());
            t.put("axis", type == null ? null : type.axis().word());
            t.put("directed", type == null || type.directed());
            t.put("start", tie.start() == null ? null : tie.start().toString());
            t.put("end", tie.end() == null ? null : tie.end().toString());
            t.put("source", tie.source());
            passages(t, new Link(Link.Kind.TIE, tie.id()));
            if (!extraCols.isEmpty()) {
                ArrayNode x = t.putArray("x");
                extraCols.forEach(col -> x.add(tie.attributes().getOrDefault(col, "")));
            }
        }
        return arr;
    }

    /** The periods to step through ({@link ShownPeriods#steps}), with the basis of each in words. */
    List<Span> spans() {
        List<Span> out = new ArrayList<>();
        for (ShownPeriod sp : ShownPeriods.steps(kase, analysis)) {
            Period p = sp.period();
            String basis = switch (p.kind()) {
                case CODED_PHASE -> msg.format("period.basis.coded", p.start(), p.end());
                case DETECTED_PHASE -> msg.format("period.basis.detected", p.start(), p.end());
                case YEAR -> msg.format("period.basis.year", p.start(), p.end());
            };
            out.add(new Span(p.id(), names.period(p.id(), p.name()), p.start().toString(), p.end().toString(), p.startMillis(),
                    p.endMillisExclusive(), basis, sp.network()));
        }
        return out;
    }

    private long[] range(List<Span> spans) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Span s : spans) {
            lo = Math.min(lo, s.startMillis());
            hi = Math.max(hi, s.endMillis());
        }
        EventStore ev = kase.events();
        for (int i = 0; i < ev.size(); i++) {
            if (ev.time(i) != EventStore.MISSING_TIME) {
                lo = Math.min(lo, ev.time(i));
                hi = Math.max(hi, ev.time(i));
            }
        }
        for (Indicator ind : kase.indicators()) {
            lo = Math.min(lo, ind.date().startMillis());
            hi = Math.max(hi, ind.date().startMillis());
        }
        if (lo == Long.MAX_VALUE) {
            lo = 0;
            hi = 1;
        }
        return new long[] {lo, hi};
    }

    /** Most actors a phase network draws; larger networks keep the actors with the most ties and events. */
    static final int MAX_NETWORK_NODES = 300;

    private ObjectNode network(Span s, java.util.BitSet listedTies) {
        PeriodNetwork net = s.network();
        int[] active = net.actors();
        int[] ties = net.ties();
        int[] keep = active;
        java.util.BitSet kept = new java.util.BitSet(kase.actors().size());
        if (active.length > MAX_NETWORK_NODES) {
            int[] degree = new int[kase.actors().size()];
            TieTable tt = kase.ties();
            for (int t : ties) {
                degree[tt.from(t)]++;
                degree[tt.to(t)]++;
            }
            EventStore ev = kase.events();
            for (int i : ev.between(s.startMillis(), s.endMillis())) {
                for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                    if (ev.actorAt(k) < degree.length) {
                        degree[ev.actorAt(k)]++;
                    }
                }
            }
            keep = java.util.Arrays.stream(active).boxed()
                    .sorted((x, y) -> degree[y] != degree[x] ? Integer.compare(degree[y], degree[x]) : Integer.compare(x, y))
                    .limit(MAX_NETWORK_NODES).mapToInt(Integer::intValue).sorted().toArray();
        }
        for (int a : keep) {
            kept.set(a);
        }
        ObjectNode n = F.objectNode();
        n.put("active", active.length);
        ArrayNode nodes = n.putArray("nodes");
        ArrayNode dual = n.putArray("dual");
        int dualTotal = 0;
        for (int a : active) {
            if (net.dualAuthority(a)) {
                dualTotal++;
            }
        }
        for (int a : keep) {
            nodes.add(a);
            if (net.dualAuthority(a)) {
                dual.add(a);
            }
        }
        n.put("dualTotal", dualTotal);
        n.put("validTies", ties.length);
        ArrayNode tn = n.putArray("ties");
        for (int t : ties) {
            if (kept.get(kase.ties().from(t)) && kept.get(kase.ties().to(t))) {
                tn.add(t);
                listedTies.set(t);
            }
        }
        return n;
    }

    private ArrayNode boundaries(List<Span> spans) {
        ArrayNode arr = F.arrayNode();
        Map<String, PhaseBoundary> byAfter = new HashMap<>();
        if (analysis != null) {
            for (PhaseBoundary b : analysis.phaseDetection().boundaries()) {
                byAfter.put(b.after(), b);
            }
        }
        for (int k = 1; k < spans.size(); k++) {
            Span before = spans.get(k - 1);
            Span after = spans.get(k);
            ObjectNode b = arr.addObject();
            b.put("t", after.startMillis());
            b.put("date", after.start());
            b.put("before", before.name());
            b.put("after", after.name());
            StringBuilder text = new StringBuilder(msg.format("boundary.sentence", after.start(), before.name(),
                    after.name()));
            PhaseBoundary pb = byAfter.get(after.id());
            if (pb != null && !pb.shifts().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (CategoryShift cs : pb.shifts().subList(0, Math.min(3, pb.shifts().size()))) {
                    parts.add(msg.format("boundary.shift", shiftLabel(cs.category()), pct(cs.shareBefore()),
                            pct(cs.shareAfter())));
                }
                text.append(' ').append(msg.format("boundary.shifts", String.join(msg.get("list.sep"), parts)));
            } else {
                text.append(' ').append(after.basis());
            }
            b.put("text", text.toString());
        }
        return arr;
    }

    /** {@code category/mechanism} in the report's language. */
    private String shiftLabel(String category) {
        int slash = category.indexOf('/');
        if (slash < 0) {
            return msg.label("category", category);
        }
        return msg.label("category", category.substring(0, slash)) + "/"
                + msg.label("mechanism", category.substring(slash + 1));
    }

    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    private ArrayNode indicators() {
        Map<String, ObjectNode> series = new LinkedHashMap<>();
        ArrayNode arr = F.arrayNode();
        for (Indicator ind : kase.indicators()) {
            ObjectNode s = series.computeIfAbsent(ind.indicator(), k -> {
                ObjectNode n = arr.addObject();
                n.put("name", k);
                n.put("nameL", msg.label("indicator", k));
                n.put("unit", ind.unit());
                n.putArray("points");
                return n;
            });
            ArrayNode p = ((ArrayNode) s.get("points")).addArray();
            p.add(ind.date().startMillis());
            p.add(ind.value());
            p.add(ind.date().toString());
        }
        return arr;
    }

    private ObjectNode processMap() {
        CategoryProcessMap pm = new CategoryProcessMap(kase);
        ObjectNode o = F.objectNode();
        o.put("traces", pm.traces());
        ArrayNode nodes = o.putArray("nodes");
        for (CategoryProcessMap.Node n : pm.nodes()) {
            ObjectNode x = nodes.addObject();
            x.put("cat", n.category());
            x.put("label", msg.label("category", n.category()));
            x.put("count", n.events());
        }
        ArrayNode edges = o.putArray("edges");
        for (CategoryProcessMap.Edge e : pm.edges()) {
            ObjectNode x = edges.addObject();
            x.put("from", e.from());
            x.put("to", e.to());
            x.put("count", e.count());
        }
        return o;
    }

    /**
     * The bibliography: every source with its title, kind, date, URL, quote and extra columns, and the
     * ids of every event and tie citing it (all of the case, listed or not).
     */
    private ObjectNode sources() {
        Map<String, List<String>> evBy = new HashMap<>();
        Map<String, List<String>> tieBy = new HashMap<>();
        EventStore ev = kase.events();
        var srcCol = ev.attribute(EventStore.SOURCE);
        for (int i = 0; srcCol != null && i < ev.size(); i++) {
            String v = srcCol.text(i);
            if (v != null) {
                for (String x : v.split(";")) {
                    if (!x.isBlank()) {
                        evBy.computeIfAbsent(x.strip(), k -> new ArrayList<>()).add(ev.id(i));
                    }
                }
            }
        }
        for (int t = 0; t < kase.ties().size(); t++) {
            String v = kase.ties().tie(t).source();
            if (v != null) {
                for (String x : v.split(";")) {
                    if (!x.isBlank()) {
                        tieBy.computeIfAbsent(x.strip(), k -> new ArrayList<>()).add(kase.ties().tie(t).id());
                    }
                }
            }
        }
        ObjectNode o = F.objectNode();
        for (Source s : kase.sources()) {
            ObjectNode x = o.putObject(s.id());
            x.put("title", s.title());
            x.put("kind", s.kind() == null ? null : msg.label("source", s.kind()));
            x.put("date", s.date() == null ? null : s.date().toString());
            x.put("url", s.url());
            x.put("quote", s.quote());
            ObjectNode attrs = x.putObject("attrs");
            s.attributes().forEach(attrs::put);
            ArrayNode es = x.putArray("events");
            evBy.getOrDefault(s.id(), List.of()).forEach(es::add);
            ArrayNode ts = x.putArray("ties");
            tieBy.getOrDefault(s.id(), List.of()).forEach(ts::add);
        }
        return o;
    }
}
