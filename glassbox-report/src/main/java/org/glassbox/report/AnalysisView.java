package org.glassbox.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.PassageCoverage;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.Passage;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.Provenance;
import org.glassbox.core.analysis.formalism.Coverage;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.formalism.Exemption;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.outcome.ConstructionModel;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.outcome.EvolutionStep;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.outcome.PhaseModel;
import org.glassbox.core.analysis.sensitivity.SensitivityReport;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.structure.StructureVerdict;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;
import org.glassbox.core.model.Case;

/**
 * The analysis of one case as the report's script reads it. Sentences are generated here from the
 * message bundle; in English the analysis's own sentences (claims, explanations) are used where it
 * has them, in other languages the sentence is rebuilt from the structured fields (layer, metric
 * values, thresholds, ids), so that no English leaks into a Chinese report.
 */
final class AnalysisView {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final CaseAnalysis a;
    private final Case kase;
    private final Messages msg;
    private final boolean english;
    private final BilingualNames names;
    private final ClaimText claims;

    AnalysisView(CaseAnalysis analysis, Case kase, Messages msg, BilingualNames names) {
        this.a = analysis;
        this.kase = kase;
        this.msg = msg;
        this.names = names;
        this.claims = new ClaimText(msg);
        this.english = msg.get("lang").equals("en");
    }

    ObjectNode build() {
        ObjectNode o = F.objectNode();
        o.set("verdict", verdict());
        ArrayNode phases = o.putArray("phases");
        a.phases().forEach(p -> phases.add(period(p)));
        ArrayNode years = o.putArray("years");
        a.years().forEach(p -> years.add(period(p)));
        ArrayNode formalism = o.putArray("formalism");
        a.formalism().diagnostics().forEach(d -> formalism.add(diagnostic(d)));
        ArrayNode exemptions = o.putArray("exemptions");
        a.formalism().exemptions().forEach(e -> exemptions.add(exemption(e)));
        o.set("provenance", provenance(a.provenance()));
        o.set("metrics", metricRows());
        SensitivityReport s = a.sensitivity();
        if (s != null) {
            ObjectNode sn = o.putObject("sensitivity");
            sn.put("step", s.step());
            sn.put("runs", s.runs().size());
            ArrayNode fr = sn.putArray("fragile");
            s.fragile().forEach(fr::add);
        }
        var rb = a.robustness();
        if (rb != null) {
            // beside the threshold sensitivity: each verdict's share of agreeing resamples, and the exclusions (issue 11, item 6)
            ObjectNode rn = o.putObject("robustness");
            ArrayNode lines = rn.putArray("lines");
            if (rb.resamples() > 0) {
                rn.put("head", msg.format("robustness.head", String.valueOf(rb.resamples()), String.valueOf(rb.seed()),
                        String.format(java.util.Locale.ROOT, "%.0f", rb.agreementMin() * 100)));
                for (var v : rb.verdicts()) {
                    String w = v.verdict().equals("model.verdict") && !v.base().equals("undetermined") ? msg.label("model", v.base()) : msg.value(v.base());
                    lines.add(msg.format("robustness.verdict", msg.has("robustness.name." + v.verdict()) ? msg.get("robustness.name." + v.verdict())
                                    : v.verdict().replace("structure.type@", msg.get("robustness.name.structure.type") + " "),
                            w, String.format(java.util.Locale.ROOT, "%.1f", v.agreement() * 100), msg.get("robustness.status." + v.status().word())));
                }
            }
            for (var x : rb.exclusions()) {
                lines.add(msg.format("robustness.exclusion", x.column() + "=" + x.value(), String.valueOf(x.eventsExcluded()),
                        String.valueOf(x.tiesExcluded()), String.format(java.util.Locale.ROOT, "%.0f", x.survived() * 100)));
            }
        }
        return o;
    }

    private ObjectNode verdict() {
        ObjectNode v = F.objectNode();
        ModelVerdict m = a.model();
        v.put("model", m.word());
        v.put("modelStatus", m.status().word());
        v.put("modelL", m.decided() ? msg.label("model", m.word())
                : msg.format("verdict.model.undetermined", msg.label("model", m.leaning().word())));
        v.put("modelReason", m.reason());
        if (m.late() != null) {
            v.put("modelLate", m.late().id());
            v.put("modelN", m.late().weight().words());
        }
        List<String> perPhase = new ArrayList<>();
        for (PhaseModel pm : m.phases()) {
            perPhase.add(pm.phase() + " " + (pm.verdict() != null ? msg.label("model", pm.word())
                    : msg.format("verdict.model.undetermined", msg.label("model", pm.leaning().word()))) + " (" + pm.weight().words() + ")");
        }
        v.put("modelPhases", String.join(" · ", perPhase));
        ObjectNode scores = v.putObject("scores");
        for (ConstructionModel cm : ConstructionModel.values()) {
            Double s = m.scores().get(cm);
            if (s != null) {
                scores.put(msg.label("model", cm.word()), s);
            }
        }
        v.put("modelRule", rule(m.rule(), m.thresholds()));
        String weight = m.late() == null ? "" : " " + (english ? m.reason()
                : msg.format("verdict.model.weight", m.late().weight().n(), m.late().weight().minimum(), lateStageName()));
        v.put("modelSentence", (m.decided()
                ? msg.format("verdict.model.late.sentence", msg.label("model", m.word()), lateStageName())
                : msg.format("verdict.model.undetermined.sentence", msg.label("model", m.leaning().word()))) + weight);

        ObjectNode evo = v.putObject("evolution");
        evo.put("late", a.evolution().late().word());
        evo.put("lateL", msg.label("structure", a.evolution().late().word()));
        if (!a.phases().isEmpty() && a.phases().get(a.phases().size() - 1).weight("structure.type") != null) {
            FigureWeight lw = a.phases().get(a.phases().size() - 1).weight("structure.type");
            evo.put("lateN", lw.words());
            evo.put("lateStatus", lw.status());
        }
        List<String> seq = new ArrayList<>();
        ArrayNode steps = evo.putArray("steps");
        for (EvolutionStep st : a.evolution().steps()) {
            seq.add(msg.value(st.structure().word()));
            ObjectNode x = steps.addObject();
            x.put("id", st.periodId());
            x.put("name", names.period(st.periodId(), st.periodName()));
            x.put("structure", msg.label("structure", st.structure().word()));
            x.put("mechanism", msg.label("mechanism", st.dominantMechanism().word()));
            x.put("dual", st.dualAuthorityRatio());
            x.put("unity", st.unityOfCommandRatio());
            x.put("embedding", st.embeddingIndex());
        }
        evo.put("sequence", String.join(" → ", seq));
        evo.put("sentence", msg.format("verdict.evolution.sentence", msg.label("structure", a.evolution().late().word()),
                String.join(" → ", seq)));
        if (!a.phases().isEmpty()) {
            StructureVerdict sv = a.phases().get(a.phases().size() - 1).structure().verdict();
            evo.put("rule", rule(sv.rule(), sv.thresholds()));
            evo.set("evidence", evidence(sv.evidence(), "structure", sv.type().word()));
            evo.set("tests", tests(sv.tests()));
        }

        EmbeddingTrajectory t = a.trajectory();
        ObjectNode tr = v.putObject("trajectory");
        tr.put("type", t.word());
        tr.put("status", t.status().word());
        tr.put("typeL", t.decided() ? msg.label("trajectory", t.word())
                : msg.format("verdict.model.undetermined", msg.label("trajectory", t.type().word())));
        tr.put("rule", rule(t.rule(), t.thresholds()));
        tr.put("sentence", msg.format("verdict.trajectory.sentence", t.decided() ? msg.label("trajectory", t.word())
                        : msg.format("verdict.model.undetermined", msg.label("trajectory", t.type().word())),
                num(t.start()), num(t.peak()), num(t.end()), num(t.contractStrengthEnd())));
        tr.set("evidence", evidence(t.evidence(), "mechanism", t.type().word()));
        tr.set("tests", tests(t.tests()));

        ArrayNode chain = v.putArray("chain");
        for (EvidenceLink link : m.evidence()) {
            ObjectNode x = evidence(link.evidence(), link.layer().word(), link.pointsTo());
            if (link.test() != null) {
                test(x, link.test());
            }
            chain.add(x);
        }
        return v;
    }

    /**
     * The rule that fired, with its comparisons and thresholds, in the report's language
     * ({@link ClaimText#rule}); when the analysis states no rule, the thresholds it read, by name.
     */
    private String rule(String rule, Map<String, Double> thresholds) {
        String r = rule == null || rule.isBlank() ? null : claims.rule(rule);
        if (r != null) {
            return r;
        }
        if (thresholds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        thresholds.forEach((k, v) -> parts.add(claims.threshold(k) + " = " + num(v)));
        return msg.format("verdict.rule.thresholds", String.join(msg.get("list.sep"), parts));
    }

    /** The name of the stage the model read: the last phase, or the pooled phases' names. */
    private String lateStageName() {
        if (a.model().late() == null) {
            return lastPhaseName();
        }
        List<String> names = new ArrayList<>();
        for (PeriodAnalysis p : a.phases()) {
            if (a.model().late().phases().contains(p.period().id())) {
                names.add(p.period().name());
            }
        }
        return String.join(" + ", names);
    }

    private String lastPhaseName() {
        if (a.phases().isEmpty()) {
            return "";
        }
        var last = a.phases().get(a.phases().size() - 1).period();
        return names.period(last.id(), last.name());
    }

    /**
     * A link's process-tracing test (docs/methods.md): {@code test}, {@code passed} and the badge {@code testL}
     * ("hoop test for administrative: passed"); a hoop or smoking gun's sentence is the test's own, from the bundle.
     */
    private void test(ObjectNode x, ProcessTest t) {
        x.put("test", t.kind().word());
        x.put("passed", t.passed());
        x.put("testL", msg.format("test.badge", msg.get("test.kind." + t.kind().word()), msg.value(t.verdict()),
                msg.get(!t.assessable() ? "test.notAssessable" : t.passed() ? "test.passed" : "test.failed")));
        x.put("assessable", t.assessable());
        if (t.kind() != TestKind.STRAW_IN_THE_WIND && msg.has("test." + t.id())) {
            x.put("sentence", msg.format("test." + t.id(), t.values().toArray()));
        }
    }

    /** A verdict's tests, each {@code {test, passed, testL, sentence}}. */
    private ArrayNode tests(List<ProcessTest> tests) {
        ArrayNode a = F.arrayNode();
        for (ProcessTest t : tests) {
            ObjectNode x = a.addObject();
            x.put("sentence", t.condition());
            test(x, t);
        }
        return a;
    }

    /** One evidence link: layer, where it points, a sentence, metric and threshold chips, ids. */
    private ObjectNode evidence(Evidence e, String layer, String pointsTo) {
        ObjectNode x = F.objectNode();
        x.put("layer", layer);
        x.put("layerL", msg.label("layer", layer));
        x.put("pointsTo", pointsTo);
        x.put("pointsToL", pointsToLabel(pointsTo));
        String sentence = claims.claim(e.claim());
        if (sentence == null) { // a claim no pattern knows: what it measured, from the structured fields
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
                parts.add(msg.format("evidence.metric", metricLabel(m.getKey()), num(m.getValue())));
            }
            sentence = msg.format("evidence.generated", msg.label("layer", layer), pointsToLabel(pointsTo),
                    parts.isEmpty() ? msg.get("evidence.nometrics") : String.join(msg.get("list.sep"), parts),
                    e.eventIds().size(), e.tieIds().size());
        }
        x.put("sentence", sentence);
        ArrayNode metrics = x.putArray("metrics");
        e.metrics().forEach((k, val) -> metrics.addArray().add(metricLabel(k)).add(num(val)));
        ArrayNode th = x.putArray("thresholds");
        e.thresholds().forEach((k, val) -> th.addArray().add(claims.threshold(k)).add(num(val)));
        ArrayNode ev = x.putArray("events");
        e.eventIds().forEach(ev::add);
        ArrayNode ties = x.putArray("ties");
        e.tieIds().forEach(ties::add);
        ArrayNode actors = x.putArray("actors");
        e.actorIds().forEach(actors::add);
        if (!e.passages().isEmpty()) {
            ArrayNode ps = x.putArray("passages");
            for (Passage p : e.passages()) {
                ObjectNode y = ps.addObject();
                y.put("s", p.segment());
                y.put("q", p.quote());
                y.put("for", p.target().toString());
            }
        }
        return x;
    }

    private String pointsToLabel(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (msg.has("model." + w)) {
            return msg.get("model." + w);
        }
        if (msg.has("structure." + w)) {
            return msg.get("structure." + w);
        }
        if (msg.has("trajectory." + w)) {
            return msg.get("trajectory." + w);
        }
        return msg.label("points", w);
    }

    String metricLabel(String name) {
        return msg.label("metric", name);
    }

    private ObjectNode period(PeriodAnalysis pa) {
        ObjectNode p = F.objectNode();
        p.put("id", pa.period().id());
        p.put("name", names.period(pa.period().id(), pa.period().name()));
        p.put("kind", pa.period().kind().word());
        p.put("start", pa.period().start().toString());
        p.put("end", pa.period().end().toString());
        p.put("t0", pa.period().startMillis());
        p.put("t1", pa.period().endMillisExclusive());
        p.put("events", pa.period().events());
        MechanismMix mix = pa.mechanism();
        ObjectNode m = p.putObject("mix");
        m.put("administrative", mix.administrative());
        m.put("market", mix.market());
        m.put("collaborative", mix.collaborative());
        m.put("none", mix.none());
        m.put("dominant", mix.dominant().word());
        EmbeddingMetrics em = pa.embedding();
        ObjectNode e = p.putObject("embedding");
        e.put("index", em.index());
        e.put("reciprocity", em.reciprocity());
        e.put("coDecision", em.coDecision());
        e.put("multiplexity", em.multiplexity());
        e.put("contractStrength", em.contractStrength());
        e.put("administrativeDominance", em.administrativeDominance());
        ObjectNode en = p.putObject("n");
        for (String k : new String[] {"index", "reciprocity", "coDecision", "multiplexity", "contractStrength", "administrativeDominance"}) {
            FigureWeight w = pa.weight("embedding." + k);
            if (w != null) {
                en.put(k, w.words());
                if (!w.sufficient()) {
                    e.putNull(k);
                }
            }
        }
        StructureMetrics sm = pa.structure();
        ObjectNode s = p.putObject("structure");
        s.put("type", sm.type().word());
        s.put("typeL", msg.label("structure", sm.type().word()));
        s.put("dualAuthorityActors", sm.dualAuthorityActors());
        s.put("rule", rule(sm.verdict().rule(), sm.verdict().thresholds()));
        FigureWeight sw = pa.weight("structure.type");
        if (sw != null) {
            s.put("n", sw.words());
            s.put("status", sw.status());
        }
        PassageCoverage cov = pa.coverage();
        if (cov != null) {
            ObjectNode c = p.putObject("coverage");
            c.put("events", cov.events());
            c.put("eventsWith", cov.eventsWithPassage());
            c.put("ties", cov.ties());
            c.put("tiesWith", cov.tiesWithPassage());
            c.put("sentence", msg.format("coverage.phase", names.period(pa.period().id(), pa.period().name()),
                    cov.eventsWithoutPassage(), cov.events(), cov.tiesWithoutPassage(), cov.ties()));
        }
        return p;
    }

    private ObjectNode diagnostic(Diagnostic d) {
        ObjectNode x = F.objectNode();
        x.put("id", d.id());
        x.put("label", msg.label("diagnostic", d.id()));
        x.put("what", msg.label("diagnostic.what", d.id()));
        if (d.score() == null) {
            x.putNull("score");
        } else {
            x.put("score", d.score());
        }
        x.put("status", d.status().word());
        x.put("statusL", msg.label("diagnostic.status", d.status().word()));
        ArrayNode f = x.putArray("flagged");
        d.flagged().forEach(f::add);
        String text = english ? d.explanation()
                : d.assessed() ? msg.format("diagnostic.generated", num(d.score()), d.flagged().size())
                : msg.get("diagnostic.notAssessable");
        x.put("text", text);
        x.put("coverage", coverage(d.coverage()));
        ArrayNode metrics = x.putArray("metrics");
        d.metrics().forEach((k, v) -> metrics.addArray().add(metricLabel(k)).add(num(v)));
        d.windows().forEach((k, v) -> metrics.addArray().add(claims.threshold(k)).add(num(v)));
        ArrayNode ex = x.putArray("exemptions");
        d.exemptions().forEach(e -> ex.add(exemption(e)));
        return x;
    }

    /** {@code Judged 7 of 11 platforms, 2 exempt, 2 uncertain.} in this language. */
    private String coverage(Coverage c) {
        return msg.format("diagnostic.coverage", c.judged(), c.candidates(), msg.label("diagnostic.unit", c.unit()))
                + (c.exempt() > 0 ? msg.format("diagnostic.coverage.exempt", c.exempt()) : "")
                + (c.uncertain() > 0 ? msg.format("diagnostic.coverage.uncertain", c.uncertain()) : "")
                + msg.get("diagnostic.coverage.end");
    }

    /** One exemption: the event, the diagnostic's name and the coder's reason (or that none was given). */
    private ObjectNode exemption(Exemption e) {
        ObjectNode y = F.objectNode();
        y.put("event", e.eventId());
        y.put("diagnostic", e.diagnostic());
        y.put("diagnosticL", msg.label("diagnostic", e.diagnostic()));
        y.put("reason", e.reason() == null ? msg.get("formalism.noReason") : e.reason());
        return y;
    }

    private ObjectNode provenance(Provenance p) {
        ObjectNode x = F.objectNode();
        x.put("version", p.glassboxVersion());
        x.put("codebook", p.codebookSha256());
        x.put("seed", p.seed());
        x.put("phaseSource", p.phaseSource());
        x.put("penalty", p.changePointPenalty());
        ObjectNode th = x.putObject("thresholds"); // by name, as a reader would see them
        p.thresholds().forEach((k, v) -> th.put(claims.threshold(k), v));
        return x;
    }

    /**
     * Every metric of the case, one row each, keyed so rows of compared cases line up: case size,
     * verdicts, the last phase's structure, subjects, mechanism and embedding metrics, and the
     * formalism scores. {@code num} is set for numeric rows (to highlight differences).
     */
    private ArrayNode metricRows() {
        ArrayNode rows = F.arrayNode();
        row(rows, "size.events", msg.get("row.events"), String.valueOf(a.events()), (double) a.events());
        row(rows, "size.actors", msg.get("row.actors"), String.valueOf(a.actors()), (double) a.actors());
        row(rows, "size.ties", msg.get("row.ties"), String.valueOf(a.ties()), (double) a.ties());
        row(rows, "size.phases", msg.get("row.phases"), String.valueOf(a.phases().size()), (double) a.phases().size());
        row(rows, "model.verdict", msg.get("row.model"), msg.label("model", a.model().word()), null);
        for (ConstructionModel cm : ConstructionModel.values()) {
            Double s = a.model().scores().get(cm);
            if (s != null) {
                row(rows, "model.scores." + cm.word(), msg.format("row.score", msg.label("model", cm.word())),
                        num(s), s);
            }
        }
        row(rows, "structure.late", msg.get("row.late"), msg.label("structure", a.evolution().late().word()), null);
        row(rows, "structure.evolution", msg.get("row.evolution"), msg.value(a.evolution().pattern()), null);
        row(rows, "embedding.trajectory", msg.get("row.trajectory"),
                msg.label("trajectory", a.trajectory().word()), null);
        if (!a.phases().isEmpty()) {
            PeriodAnalysis last = a.phases().get(a.phases().size() - 1);
            String pre = msg.get("row.lastphase") + " · ";
            StructureMetrics s = last.structure();
            metric(rows, pre, "hierarchyDepth", s.hierarchyDepth());
            metric(rows, pre, "meanSpanOfControl", s.meanSpanOfControl());
            metric(rows, pre, "maxSpanOfControl", s.maxSpanOfControl());
            metric(rows, pre, "krackhardtHierarchy", s.krackhardtHierarchy());
            metric(rows, pre, "supervisionIntensity", s.supervisionIntensity());
            metric(rows, pre, "informationBarrierIndex", s.informationBarrierIndex());
            weighed(rows, pre, "unityOfCommandRatio", s.unityOfCommandRatio(), last.weight("structure.unityOfCommandRatio"));
            weighed(rows, pre, "dualAuthorityRatio", s.dualAuthorityRatio(), last.weight("structure.dualAuthorityRatio"));
            metric(rows, pre, "dualAuthorityActors", s.dualAuthorityActors());
            metric(rows, pre, "lateralToAuthorityRatio", s.lateralToAuthorityRatio());
            metric(rows, pre, "pressureEvents", s.pressureEvents());
            metric(rows, pre, "publicParticipationShare", s.publicParticipationShare());
            SubjectsMetrics sub = last.subjects();
            metric(rows, pre, "activeActors", sub.activeActors());
            metric(rows, pre, "governmentInitiationShare", sub.governmentInitiationShare());
            metric(rows, pre, "enterpriseInitiationShare", sub.enterpriseInitiationShare());
            MechanismMix mix = last.mechanism();
            metric(rows, pre, "administrativeShare", mix.administrativeShare());
            metric(rows, pre, "marketShare", mix.marketShare());
            metric(rows, pre, "collaborativeShare", mix.collaborativeShare());
            row(rows, "last.dominant", pre + metricLabel("dominant"), msg.label("mechanism", mix.dominant().word()), null);
            EmbeddingMetrics em = last.embedding();
            weighed(rows, pre, "index", em.index(), last.weight("embedding.index"));
            weighed(rows, pre, "reciprocity", em.reciprocity(), last.weight("embedding.reciprocity"));
            weighed(rows, pre, "coDecision", em.coDecision(), last.weight("embedding.coDecision"));
            weighed(rows, pre, "multiplexity", em.multiplexity(), last.weight("embedding.multiplexity"));
            weighed(rows, pre, "contractStrength", em.contractStrength(), last.weight("embedding.contractStrength"));
            weighed(rows, pre, "administrativeDominance", em.administrativeDominance(), last.weight("embedding.administrativeDominance"));
        }
        for (Diagnostic d : a.formalism().diagnostics()) {
            row(rows, "formalism." + d.id(), msg.label("diagnostic", d.id()),
                    d.assessed() ? num(d.score()) : "– (" + msg.label("diagnostic.status", d.status().word()) + ")", d.score());
        }
        return rows;
    }

    /**
     * A figure with the count it rests on: {@code 0.24 (n 21)}; below its minimum the value is
     * withheld, {@code – (n 9 < 10)}, and not highlighted as a difference (it does not vote).
     */
    private void weighed(ArrayNode rows, String prefix, String name, double value, FigureWeight w) {
        if (w == null) {
            metric(rows, prefix, name, value);
            return;
        }
        String shown = (w.sufficient() ? num(value) : "–") + " (" + w.words() + (w.sufficient() ? "" : ", " + msg.get("weight.insufficient")) + ")";
        row(rows, "last." + name, prefix + metricLabel(name), shown, w.sufficient() ? value : null);
    }

    private void metric(ArrayNode rows, String prefix, String name, double value) {
        row(rows, "last." + name, prefix + metricLabel(name), num(value), value);
    }

    private static void row(ArrayNode rows, String key, String label, String value, Double num) {
        ObjectNode r = rows.addObject();
        r.put("key", key);
        r.put("label", label);
        r.put("value", value);
        if (num != null && Double.isFinite(num)) {
            r.put("num", num);
        }
    }

    /** A number as the report prints it: integers plain, others with up to three decimals. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
