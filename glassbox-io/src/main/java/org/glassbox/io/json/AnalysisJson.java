package org.glassbox.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Difference;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.Passage;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.Provenance;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.formalism.Exemption;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.outcome.BoundaryComparison;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.outcome.EvolutionStep;
import org.glassbox.core.analysis.outcome.IndicatorPoint;
import org.glassbox.core.analysis.outcome.IndicatorSeries;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.outcome.PhaseModel;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.period.PhaseBoundary;
import org.glassbox.core.analysis.period.PhaseDetection;
import org.glassbox.core.analysis.sensitivity.SensitivityReport;
import org.glassbox.core.analysis.sensitivity.ThresholdRun;
import org.glassbox.core.analysis.sensitivity.VerdictFlip;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.subjects.BrokerageRole;
import org.glassbox.core.analysis.subjects.FormationStep;
import org.glassbox.core.analysis.subjects.SubjectPosition;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;

/**
 * Analysis results as JSON, in the stable schema of docs/json.md ({@value #SCHEMA} for one case,
 * {@value #COMPARISON_SCHEMA} for a comparison). Field names are fixed here, not derived from the
 * record classes, so that refactoring Java never changes the files users keep. Numbers are written
 * as they are; a non-finite number (never produced by the analyses) is written as null.
 */
public final class AnalysisJson {
    public static final String SCHEMA = "glassbox.analysis/1";
    public static final String COMPARISON_SCHEMA = "glassbox.comparison/1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AnalysisJson() {
    }

    /** Writes one case's analysis, indented, and does not close the writer. */
    public static void write(CaseAnalysis a, Writer w) throws IOException {
        mapper().writeValue(w, tree(a));
    }

    /** Writes a comparison, indented, and does not close the writer. */
    public static void write(Comparison c, Writer w) throws IOException {
        mapper().writeValue(w, tree(c));
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode o = F.objectNode();
        o.put("schema", COMPARISON_SCHEMA);
        ArrayNode cases = o.putArray("cases");
        c.cases().forEach(a -> cases.add(tree(a)));
        ArrayNode diffs = o.putArray("differences");
        for (Difference d : c.differences()) {
            ObjectNode x = diffs.addObject();
            x.put("aspect", d.aspect());
            x.set("values", strings(d.values()));
            x.put("statement", d.statement());
        }
        ArrayNode agree = o.putArray("agreements");
        c.agreements().forEach(agree::add);
        return o;
    }

    public static ObjectNode tree(CaseAnalysis a) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        ObjectNode cs = o.putObject("case");
        cs.put("id", a.caseId());
        cs.put("name", a.caseName());
        cs.put("events", a.events());
        cs.put("actors", a.actors());
        cs.put("ties", a.ties());
        o.set("provenance", provenance(a.provenance()));
        ArrayNode years = o.putArray("periods");
        a.years().forEach(p -> years.add(period(p)));
        ArrayNode phases = o.putArray("phases");
        a.phases().forEach(p -> phases.add(period(p)));
        o.set("phaseDetection", detection(a.phaseDetection()));

        ObjectNode st = o.putObject("structure");
        st.put("late", a.structureLate().word());
        if (!a.phases().isEmpty()) {
            weight(st, "lateN", "lateMinimum", "lateStatus", a.phases().get(a.phases().size() - 1).weight("structure.type"));
            var lv = a.phases().get(a.phases().size() - 1).structure().verdict();
            st.put("lateLeaning", lv.leaning().word());
            st.set("lateTests", tests(lv.tests()));
        }
        st.put("pattern", a.evolution().pattern());
        st.put("sequence", a.evolution().sequence());
        ArrayNode evo = st.putArray("evolution");
        for (EvolutionStep s : a.evolution().steps()) {
            ObjectNode x = evo.addObject();
            x.put("phase", s.periodId());
            x.put("name", s.periodName());
            x.put("type", s.structure().word());
            x.put("dominantMechanism", s.dominantMechanism().word());
            num(x, "dualAuthorityRatio", s.dualAuthorityRatio());
            num(x, "unityOfCommandRatio", s.unityOfCommandRatio());
            num(x, "embeddingIndex", s.embeddingIndex());
        }
        for (int i = 0; i < a.phases().size() && i < evo.size(); i++) {
            PeriodAnalysis p = a.phases().get(i);
            ObjectNode x = (ObjectNode) evo.get(i);
            weight(x, "n", "minimum", "status", p.weight("structure.type"));
            if (!p.sufficient("embedding.index")) {
                x.putNull("embeddingIndex");
            }
        }
        o.set("embedding", trajectory(a.trajectory()));
        o.set("model", model(a.model()));
        ObjectNode fm = o.putObject("formalism");
        ArrayNode diags = fm.putArray("diagnostics");
        for (Diagnostic d : a.formalism().diagnostics()) {
            ObjectNode x = diags.addObject();
            x.put("id", d.id());
            num(x, "score", d.score());
            x.set("flagged", strings(d.flagged()));
            x.put("explanation", d.explanation());
            x.set("metrics", numbers(d.metrics()));
            x.set("windows", numbers(d.windows()));
            x.put("status", d.status().word());
            ObjectNode cov = x.putObject("coverage");
            cov.put("unit", d.coverage().unit());
            cov.put("candidates", d.coverage().candidates());
            cov.put("judged", d.coverage().judged());
            cov.put("exempt", d.coverage().exempt());
            cov.put("uncertain", d.coverage().uncertain());
            ArrayNode ex = x.putArray("exemptions");
            for (Exemption e : d.exemptions()) {
                ex.addObject().put("event", e.eventId()).put("reason", e.reason());
            }
        }
        ArrayNode exemptions = fm.putArray("exemptions");
        for (Exemption e : a.formalism().exemptions()) {
            exemptions.addObject().put("event", e.eventId()).put("diagnostic", e.diagnostic()).put("reason", e.reason());
        }
        ObjectNode sub = o.putObject("subjects");
        ArrayNode form = sub.putArray("formation");
        for (FormationStep s : a.formation()) {
            ObjectNode x = form.addObject();
            x.put("actor", s.actorId());
            x.put("sector", s.sector());
            x.put("kind", s.kind().word());
            x.put("date", s.date().toString());
            x.put("detail", s.detail());
            x.put("event", s.eventId());
        }
        ArrayNode ind = o.putArray("indicators");
        for (IndicatorSeries s : a.indicators()) {
            ObjectNode x = ind.addObject();
            x.put("indicator", s.indicator());
            x.put("unit", s.unit());
            ArrayNode pts = x.putArray("points");
            for (IndicatorPoint p : s.points()) {
                ObjectNode y = pts.addObject();
                y.put("date", p.date().toString());
                num(y, "value", p.value());
                y.put("phase", p.phaseId());
            }
            ArrayNode bs = x.putArray("boundaries");
            for (BoundaryComparison b : s.boundaries()) {
                ObjectNode y = bs.addObject();
                y.put("before", b.before());
                y.put("after", b.after());
                y.put("date", b.boundary().toString());
                y.put("observationsBefore", b.observationsBefore());
                num(y, "meanBefore", b.meanBefore());
                y.put("observationsAfter", b.observationsAfter());
                num(y, "meanAfter", b.meanAfter());
                num(y, "change", b.change());
            }
        }
        if (a.robustness() != null) {
            o.set("robustness", robustness(a.robustness()));
        }
        if (a.sensitivity() != null) {
            o.set("sensitivity", sensitivity(a.sensitivity()));
        }
        return o;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode o = F.objectNode();
        o.put("glassboxVersion", p.glassboxVersion());
        o.put("codebookSha256", p.codebookSha256());
        o.set("thresholds", numbers(p.thresholds()));
        o.put("seed", p.seed());
        o.put("phaseSource", p.phaseSource());
        num(o, "changePointPenalty", p.changePointPenalty());
        return o;
    }

    private static ObjectNode period(PeriodAnalysis pa) {
        Period p = pa.period();
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("kind", p.kind().word());
        o.put("start", p.start().toString());
        o.put("end", p.end().toString());
        o.put("events", p.events());
        o.set("straddling", strings(p.straddling()));
        o.set("structure", weighed(structure(pa.structure()), "structure", pa));
        o.set("subjects", weighed(subjects(pa.subjects()), "subjects", pa));
        o.set("mechanism", mix(pa.mechanism()));
        o.set("embedding", weighed(embedding(pa.embedding()), "embedding", pa));
        if (pa.coverage() != null) {
            ObjectNode c = o.putObject("coverage");
            c.put("events", pa.coverage().events());
            c.put("eventsWithPassage", pa.coverage().eventsWithPassage());
            c.put("ties", pa.coverage().ties());
            c.put("tiesWithPassage", pa.coverage().tiesWithPassage());
        }
        return o;
    }

    /**
     * Adds a layer's evidence weights: {@code weights.FIGURE = {n, minimum, status}}, and for the
     * structure type {@code n}, {@code minimum}, {@code status} beside {@code type}; an insufficient
     * figure's value becomes null (its n stays). The figure sits in {@code metrics} for the structure,
     * at the top of the object for the other layers.
     */
    private static ObjectNode weighed(ObjectNode layer, String prefix, PeriodAnalysis pa) {
        if (pa.weights().isEmpty()) {
            return layer;
        }
        ObjectNode ws = F.objectNode();
        ObjectNode values = prefix.equals("structure") ? (ObjectNode) layer.get("metrics") : layer;
        for (Map.Entry<String, FigureWeight> e : pa.weights().entrySet()) {
            if (!e.getKey().startsWith(prefix + ".")) {
                continue;
            }
            String figure = e.getKey().substring(prefix.length() + 1);
            FigureWeight w = e.getValue();
            if (figure.equals("type")) {
                weight(layer, "n", "minimum", "status", w);
                continue;
            }
            ObjectNode x = ws.putObject(figure);
            weight(x, "n", "minimum", "status", w);
            if (!w.sufficient() && values.has(figure)) {
                values.putNull(figure);
            }
        }
        layer.set("weights", ws);
        return layer;
    }

    private static void weight(ObjectNode o, String n, String minimum, String status, FigureWeight w) {
        if (w == null) {
            return;
        }
        o.put(n, w.n());
        o.put(minimum, w.minimum());
        o.put(status, w.status());
    }

    private static ObjectNode structure(StructureMetrics m) {
        ObjectNode o = F.objectNode();
        o.put("type", m.type().word());
        o.put("rule", m.verdict().rule());
        o.set("thresholds", numbers(m.verdict().thresholds()));
        // process-tracing tests (issue 11, item 9): the type the comparisons name and its tests
        o.put("leaning", m.verdict().leaning().word());
        o.set("tests", tests(m.verdict().tests()));
        ObjectNode x = o.putObject("metrics");
        x.put("ties", m.ties());
        x.put("hierarchyDepth", m.hierarchyDepth());
        num(x, "meanSpanOfControl", m.meanSpanOfControl());
        x.put("maxSpanOfControl", m.maxSpanOfControl());
        num(x, "krackhardtHierarchy", m.krackhardtHierarchy());
        x.put("governmentActors", m.governmentActors());
        x.put("supervisionEvents", m.supervisionEvents());
        num(x, "supervisionIntensity", m.supervisionIntensity());
        x.put("lineDepartments", m.lineDepartments());
        x.put("sameLevelPairs", m.sameLevelPairs());
        x.put("connectedPairs", m.connectedPairs());
        num(x, "informationBarrierIndex", m.informationBarrierIndex());
        x.put("actorsUnderAuthority", m.actorsUnderAuthority());
        x.put("singleSuperiorActors", m.singleSuperiorActors());
        x.put("dualAuthorityActors", m.dualAuthorityActors());
        num(x, "unityOfCommandRatio", m.unityOfCommandRatio());
        num(x, "dualAuthorityRatio", m.dualAuthorityRatio());
        x.put("authorityTies", m.authorityTies());
        x.put("lateralTies", m.lateralTies());
        num(x, "lateralToAuthorityRatio", m.lateralToAuthorityRatio());
        x.put("pressureEvents", m.pressureEvents());
        num(x, "publicParticipationShare", m.publicParticipationShare());
        o.set("evidence", evidence(m.verdict().evidence()));
        // who creates the dual authority (issue 11, item 4)
        ObjectNode co = o.putObject("coordination");
        num(co, "governmentShare", m.coordination().governmentShare());
        num(co, "enterpriseShare", m.coordination().enterpriseShare());
        num(co, "otherShare", m.coordination().otherShare());
        ArrayNode cs = co.putArray("coordinators");
        for (var c : m.coordination().coordinators()) {
            ObjectNode y = cs.addObject();
            y.put("actor", c.actorId());
            y.put("sector", c.sector());
            y.put("side", c.side());
            y.put("holders", c.holders());
        }
        return o;
    }

    private static ObjectNode subjects(SubjectsMetrics s) {
        ObjectNode o = F.objectNode();
        o.put("activeActors", s.activeActors());
        ObjectNode by = o.putObject("activeBySector");
        s.activeBySector().forEach(by::put);
        o.put("interactionEdges", s.interactionEdges());
        num(o, "governmentInitiationShare", s.governmentInitiationShare());
        num(o, "enterpriseInitiationShare", s.enterpriseInitiationShare());
        ObjectNode bc = o.putObject("betweenness");
        bc.put("nodes", s.betweenness().nodes());
        bc.put("sources", s.betweenness().sources());
        bc.put("sampled", s.betweenness().sampled());
        bc.put("seed", s.betweenness().seed());
        num(bc, "standardError", s.betweenness().standardError());
        o.set("brokerage", roles(s.brokerageTotals()));
        o.put("positionsTotal", s.positionsTotal());
        ArrayNode ps = o.putArray("positions");
        for (SubjectPosition p : s.positions()) {
            ObjectNode x = ps.addObject();
            x.put("actor", p.actorId());
            x.put("sector", p.sector());
            x.put("events", p.events());
            x.put("initiated", p.initiated());
            num(x, "initiationShare", p.initiationShare());
            x.put("targetedOnly", p.targeted());
            x.put("partners", p.partners());
            num(x, "strength", p.strength());
            num(x, "degreeCentrality", p.degreeCentrality());
            num(x, "betweenness", p.betweenness());
            x.set("brokerage", roles(p.brokerage()));
        }
        return o;
    }

    private static ObjectNode roles(Map<BrokerageRole, Long> m) {
        ObjectNode o = F.objectNode();
        for (BrokerageRole r : BrokerageRole.values()) {
            o.put(r.word(), m.getOrDefault(r, 0L));
        }
        return o;
    }

    private static ObjectNode mix(MechanismMix m) {
        ObjectNode o = F.objectNode();
        o.put("administrative", m.administrative());
        o.put("market", m.market());
        o.put("collaborative", m.collaborative());
        o.put("none", m.none());
        num(o, "administrativeShare", m.administrativeShare());
        num(o, "marketShare", m.marketShare());
        num(o, "collaborativeShare", m.collaborativeShare());
        o.put("dominant", m.dominant().word());
        return o;
    }

    private static ObjectNode embedding(EmbeddingMetrics e) {
        ObjectNode o = F.objectNode();
        num(o, "index", e.index());
        num(o, "reciprocity", e.reciprocity());
        o.put("governmentToEnterprise", e.governmentToEnterprise());
        o.put("enterpriseToGovernment", e.enterpriseToGovernment());
        num(o, "coDecision", e.coDecision());
        o.put("decisionEvents", e.decisionEvents());
        o.put("decisionEventsWithEnterprise", e.decisionEventsWithEnterprise());
        num(o, "multiplexity", e.multiplexity());
        o.put("dyads", e.dyads());
        num(o, "contractStrength", e.contractStrength());
        o.put("dyadInteractions", e.dyadInteractions());
        o.put("contractGovernedInteractions", e.contractGovernedInteractions());
        num(o, "administrativeDominance", e.administrativeDominance());
        o.put("topDownEvents", e.topDownEvents());
        // standing arrangements (issue 11, item 3): their event-equivalents and the evidence n they add to
        o.put("standingTies", e.standingTies());
        num(o, "standingContract", e.standingContract());
        num(o, "standingOther", e.standingOther());
        num(o, "standingUnderCommand", e.standingCommand());
        o.set("standing", strings(e.ids().standingTies()));
        o.put("evidenceN", e.evidenceN());
        o.set("evidence", evidence(e.evidence()));
        return o;
    }

    private static ObjectNode trajectory(EmbeddingTrajectory t) {
        ObjectNode o = F.objectNode();
        if (t.decided()) {
            o.put("trajectory", t.type().word());
        } else {
            o.putNull("trajectory");
        }
        o.put("status", t.status().word());
        o.put("leaning", t.type().word());
        o.set("skipped", strings(t.skipped()));
        o.put("rule", t.rule());
        o.set("tests", tests(t.tests()));
        o.set("thresholds", numbers(t.thresholds()));
        o.set("phases", strings(t.phaseIds()));
        ArrayNode idx = o.putArray("index");
        t.index().forEach(v -> idx.add(finite(v)));
        ArrayNode dom = o.putArray("administrativeDominance");
        t.dominance().forEach(v -> dom.add(finite(v)));
        num(o, "start", t.start());
        num(o, "peak", t.peak());
        num(o, "end", t.end());
        num(o, "contractStrengthEnd", t.contractStrengthEnd());
        o.set("evidence", evidence(t.evidence()));
        return o;
    }

    private static ObjectNode model(ModelVerdict m) {
        ObjectNode o = F.objectNode();
        if (m.decided()) {
            o.put("verdict", m.verdict().word());
        } else {
            o.putNull("verdict");
        }
        o.put("status", m.status().word());
        o.put("leaning", m.leaning().word());
        o.put("reason", m.reason());
        if (m.late() != null) {
            ObjectNode late = o.putObject("late");
            late.put("id", m.late().id());
            late.set("phases", strings(m.late().phases()));
            late.put("pooled", m.late().pooled());
            weight(late, "n", "minimum", "status", m.late().weight());
        }
        ObjectNode sc = o.putObject("scores");
        m.scores().forEach((k, v) -> num(sc, k.word(), v));
        o.put("rule", m.rule());
        o.set("thresholds", numbers(m.thresholds()));
        ArrayNode ev = o.putArray("evidence");
        for (EvidenceLink l : m.evidence()) {
            ObjectNode x = evidence(l.evidence());
            ObjectNode y = ev.addObject();
            y.put("layer", l.layer().word());
            y.put("pointsTo", l.pointsTo());
            // the link's process-tracing test (issue 11, item 9); null for context and the verdict itself
            ProcessTest t = l.test();
            if (t == null) {
                y.putNull("test");
                y.putNull("testOf");
                y.putNull("testId");
                y.putNull("passed");
                y.putNull("assessable");
                y.putNull("condition");
            } else {
                y.put("test", t.kind().word());
                y.put("testOf", t.verdict());
                y.put("testId", t.id());
                y.put("passed", t.passed());
                y.put("assessable", t.assessable());
                y.put("condition", t.condition());
            }
            y.setAll(x);
        }
        ArrayNode per = o.putArray("phases");
        for (PhaseModel p : m.phases()) {
            ObjectNode x = per.addObject();
            x.put("phase", p.phase());
            if (p.verdict() != null) {
                x.put("verdict", p.verdict().word());
            } else {
                x.putNull("verdict");
            }
            x.put("status", p.status().word());
            x.put("leaning", p.leaning().word());
            weight(x, "n", "minimum", "weightStatus", p.weight());
            ObjectNode ps = x.putObject("scores");
            p.scores().forEach((k, v) -> num(ps, k.word(), v));
        }
        return o;
    }

    private static ObjectNode detection(PhaseDetection d) {
        ObjectNode o = F.objectNode();
        o.put("source", d.source());
        o.put("method", d.method());
        num(o, "penalty", d.penalty());
        o.put("observations", d.observations());
        o.put("categories", d.categories());
        ArrayNode bs = o.putArray("boundaries");
        for (PhaseBoundary b : d.boundaries()) {
            ObjectNode x = bs.addObject();
            x.put("before", b.before());
            x.put("after", b.after());
            x.put("date", b.date().toString());
            num(x, "gain", b.gain());
            ArrayNode sh = x.putArray("shifts");
            for (CategoryShift s : b.shifts()) {
                ObjectNode y = sh.addObject();
                y.put("category", s.category());
                num(y, "shareBefore", s.shareBefore());
                num(y, "shareAfter", s.shareAfter());
            }
        }
        return o;
    }

    private static ObjectNode robustness(org.glassbox.core.analysis.robustness.RobustnessReport r) {
        ObjectNode o = F.objectNode();
        o.put("resamples", r.resamples());
        o.put("seed", r.seed());
        num(o, "agreementMin", r.agreementMin());
        o.put("smallUnits", r.smallUnits());
        ArrayNode vs = o.putArray("verdicts");
        for (var v : r.verdicts()) {
            ObjectNode x = vs.addObject();
            x.put("verdict", v.verdict());
            x.put("base", v.base());
            num(x, "agreement", v.agreement());
            x.put("status", v.status().word());
            ObjectNode oc = x.putObject("outcomes");
            v.outcomes().forEach(oc::put);
        }
        ArrayNode ex = o.putArray("exclusions");
        for (var e : r.exclusions()) {
            ObjectNode x = ex.addObject();
            x.put("column", e.column());
            x.put("value", e.value());
            x.put("eventsExcluded", e.eventsExcluded());
            x.put("tiesExcluded", e.tiesExcluded());
            num(x, "survived", e.survived());
            ArrayNode vv = x.putArray("verdicts");
            for (var v : e.verdicts()) {
                ObjectNode y = vv.addObject();
                y.put("verdict", v.verdict());
                y.put("base", v.base());
                y.put("without", v.without());
                y.put("survives", v.survives());
            }
        }
        return o;
    }

    private static ObjectNode sensitivity(SensitivityReport r) {
        ObjectNode o = F.objectNode();
        num(o, "step", r.step());
        o.set("fragile", strings(r.fragile()));
        ArrayNode runs = o.putArray("runs");
        for (ThresholdRun t : r.runs()) {
            ObjectNode x = runs.addObject();
            x.put("threshold", t.threshold());
            num(x, "baseValue", t.baseValue());
            num(x, "value", t.value());
            ArrayNode fl = x.putArray("flips");
            for (VerdictFlip f : t.flips()) {
                ObjectNode y = fl.addObject();
                y.put("verdict", f.verdict());
                y.put("from", f.from());
                y.put("to", f.to());
            }
        }
        return o;
    }

    /** Process-tracing tests: {@code [{test, testOf, testId, passed, condition}]}. */
    private static ArrayNode tests(List<ProcessTest> tests) {
        ArrayNode a = F.arrayNode();
        for (ProcessTest t : tests) {
            ObjectNode x = a.addObject();
            x.put("test", t.kind().word());
            x.put("testOf", t.verdict());
            x.put("testId", t.id());
            x.put("passed", t.passed());
            x.put("assessable", t.assessable());
            x.put("condition", t.condition());
        }
        return a;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode o = F.objectNode();
        o.put("claim", e.claim());
        o.set("metrics", numbers(e.metrics()));
        o.set("thresholds", numbers(e.thresholds()));
        o.set("events", strings(e.eventIds()));
        o.set("ties", strings(e.tieIds()));
        o.set("actors", strings(e.actorIds()));
        if (!e.passages().isEmpty()) {
            ArrayNode ps = o.putArray("passages");
            for (Passage p : e.passages()) {
                ObjectNode x = ps.addObject();
                x.put("segment", p.segment());
                x.put("document", p.document());
                x.put("start", p.start());
                x.put("end", p.end());
                x.put("quote", p.quote());
                x.put("coder", p.coder());
                x.put("for", p.target().toString());
            }
        }
        return o;
    }

    private static ObjectNode numbers(Map<String, Double> m) {
        ObjectNode o = F.objectNode();
        m.forEach((k, v) -> num(o, k, v));
        return o;
    }

    private static ObjectNode strings(Map<String, String> m) {
        ObjectNode o = F.objectNode();
        m.forEach(o::put);
        return o;
    }

    private static ArrayNode strings(List<String> l) {
        ArrayNode a = F.arrayNode();
        l.forEach(a::add);
        return a;
    }

    private static void num(ObjectNode o, String k, Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }

    private static JsonNode finite(double v) {
        return Double.isFinite(v) ? F.numberNode(v) : F.nullNode();
    }
}
