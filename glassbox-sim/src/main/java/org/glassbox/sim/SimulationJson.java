package org.glassbox.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SimulationResult} as {@code glassbox.simulation/1} (docs/json.md), with the
 * studies run beside it ({@link Studies}: the phase diagram of a sweep, global sensitivity, the
 * incentives table) and, for a calibrated scenario, the coded case it is set against.
 */
public final class SimulationJson {
    public static final String SCHEMA = "glassbox.simulation/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SimulationJson() {
    }

    /**
     * What was studied beside the plain runs; every part may be absent (null).
     *
     * @param axes        the sweep's one or two axes (null: no sweep)
     * @param cells       the sweep's cells, in {@link Sweep#run} order
     * @param sensitivity Morris or Sobol indices
     * @param incentives  the ranked incentives table
     */
    public record Studies(List<Sweep.Axis> axes, List<Sweep.Cell> cells, Sensitivity.Report sensitivity, Incentives.Table incentives) {
        public static final Studies NONE = new Studies(null, null, null, null);

        public Studies {
            axes = axes == null ? null : List.copyOf(axes);
            cells = cells == null ? null : List.copyOf(cells);
            if ((axes == null) != (cells == null)) {
                throw new IllegalArgumentException("a sweep needs both its axes and its cells");
            }
        }
    }

    public static void write(SimulationResult r, String glassboxVersion, Writer w) throws IOException {
        write(r, Studies.NONE, glassboxVersion, w);
    }

    public static void write(SimulationResult r, Studies studies, String glassboxVersion, Writer w) throws IOException {
        MAPPER.writeValue(w, tree(r, studies, glassboxVersion));
    }

    public static ObjectNode tree(SimulationResult r, String glassboxVersion) {
        return tree(r, Studies.NONE, glassboxVersion);
    }

    public static ObjectNode tree(SimulationResult r, Studies studies, String glassboxVersion) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("source", r.source());
        o.put("runs", r.runs());
        o.put("seed", r.seed());
        ObjectNode out = o.putObject("outcomes");
        for (Map.Entry<String, Map<String, Double>> e : r.outcomes().entrySet()) {
            ObjectNode v = out.putObject(e.getKey());
            shares(e.getValue()).forEach(v::put);
        }
        ObjectNode ev = o.putObject("evidence");
        for (Map.Entry<String, Map<String, String>> e : r.evidence().entrySet()) {
            ObjectNode v = ev.putObject(e.getKey());
            e.getValue().forEach(v::put);
        }
        ObjectNode p = o.putObject("parameters");
        for (Parameter q : Parameter.values()) {
            p.put(q.key(), r.parameters().get(q.key()));
        }
        // dated constraints (docs/simulation.md §5): per phase from the first, the parameters in force from its start
        ArrayNode sched = o.putArray("parameterSchedule");
        for (int k = 0; k < r.parameterSchedule().size(); k++) {
            ObjectNode q = sched.addObject();
            q.put("phase", k < r.phases().size() ? r.phases().get(k) : null);
            ObjectNode v = q.putObject("parameters");
            for (Parameter pq : Parameter.values()) {
                v.put(pq.key(), r.parameterSchedule().get(k).get(pq.key()));
            }
        }
        // the mean field at the whole window's parameters (the Jacobian test is at one parameter vector)
        meanField(o.putObject("meanField"), r.parameters());
        ArrayNode est = o.putArray("estimates");
        for (Estimate e : r.estimates()) {
            ObjectNode x = est.addObject();
            x.put("name", e.name());
            x.put("value", e.value());
            x.put("estimator", e.estimator());
            x.put("basis", e.basis());
            x.put("estimated", e.estimated());
        }
        ArrayNode cautions = o.putArray("cautions");
        Calibration.cautions(r.estimates()).forEach(cautions::add);
        ObjectNode paths = o.putObject("paths");
        ArrayNode ph = paths.putArray("phases");
        r.phases().forEach(ph::add);
        band(paths.putObject("phaseEmbeddingIndex"), r.phaseIndex());
        band(paths.putObject("phaseAdministrativeDominance"), r.phaseDominance());
        ArrayNode ys = paths.putArray("years");
        r.years().forEach(ys::add);
        band(paths.putObject("embeddingIndex"), r.yearIndex());
        band(paths.putObject("administrativeDominance"), r.yearDominance());
        ObjectNode means = o.putObject("means");
        number(means, "marketScore", r.meanMarketScore());
        number(means, "administrativeScore", r.meanAdministrativeScore());
        number(means, "peopleCentredness", r.meanPeopleCentredness());
        number(means, "finalContractShare", r.meanFinalContractShare());
        number(means, "finalInitiateShare", r.meanFinalInitiateShare());
        number(means, "events", r.meanEvents());
        ArrayNode fit = o.putArray("fit");
        for (FitItem f : r.fit()) {
            ObjectNode x = fit.addObject();
            x.put("phase", f.phase());
            x.put("measure", f.measure());
            number(x, "coded", f.coded());
            number(x, "simulated", f.simulated());
            x.put("tolerance", f.tolerance());
            x.put("within", f.within());
            x.put("n", f.weight().n());
            x.put("minimum", f.weight().minimum());
            x.put("status", f.status());
        }
        ArrayNode strat = o.putArray("strategies");
        for (SimulationResult.Strategies q : r.strategies()) {
            ObjectNode x = strat.addObject();
            x.put("phase", q.phase());
            ObjectNode cd = x.putObject("coded");
            number(cd, "contractingGovernments", q.codedContracting());
            number(cd, "initiatingEnterprises", q.codedInitiating());
            ObjectNode sm = x.putObject("simulated");
            number(sm, "contractingGovernments", q.simulatedContracting());
            number(sm, "initiatingEnterprises", q.simulatedInitiating());
        }
        if (r.coded() != null) {
            Scenario.Coded c = r.coded();
            ObjectNode x = o.putObject("coded");
            x.put("model", c.model());
            x.put("lateStructure", c.lateStructure());
            x.put("trajectory", c.trajectory());
            ArrayNode cp = x.putArray("phases");
            c.phases().forEach(cp::add);
            arr(x.putArray("embeddingIndex"), c.index());
            arr(x.putArray("administrativeDominance"), c.dominance());
            // each calibrated phase's own constraints and where they alone would take the strategies (docs/simulation.md §6)
            ArrayNode pc = x.putArray("phaseConstraints");
            List<List<Replicator.RestPoint>> at = c.phaseAttractors();
            List<Boolean> elsewhere = c.leadsElsewhere(Parameters.of(r.parameters()));
            for (int k = 0; k < c.constraints().size(); k++) {
                ObjectNode q = pc.addObject();
                q.put("phase", c.phases().get(k));
                ObjectNode v = q.putObject("parameters");
                c.constraints().get(k).asMap().forEach(v::put);
                attractors(q.putArray("attractors"), at.get(k));
                q.put("leadsElsewhere", elsewhere.get(k));
            }
        }
        if (studies.cells() != null) {
            sweep(o.putObject("sweep"), studies.axes(), studies.cells());
        }
        if (studies.sensitivity() != null) {
            Sensitivity.Report s = studies.sensitivity();
            ObjectNode x = o.putObject("sensitivity");
            x.put("method", s.method());
            x.put("evaluations", s.evaluations());
            x.put("runsPerPoint", s.runsPerPoint());
            x.put("outcome", "mean of (market score − administrative score) over a point's runs");
            ObjectNode f = x.putObject("factors");
            s.factors().forEach((name, v) -> {
                ObjectNode q = f.putObject(name);
                for (String k : s.method().equals("morris") ? List.of("muStar", "mu", "sigma")
                        : List.of("first", "total", "firstLow", "firstHigh", "totalLow", "totalHigh")) {
                    q.put(k, round(v.get(k)));
                }
            });
        }
        if (studies.incentives() != null) {
            Incentives.Table t = studies.incentives();
            ObjectNode x = o.putObject("incentives");
            x.put("target", t.target());
            x.put("baseline", round(t.baseline()));
            if (t.baselineMean() != null) {
                x.put("baselineMean", round(t.baselineMean()));
            }
            ArrayNode ls = x.putArray("levers");
            for (Incentives.Lever l : t.levers()) {
                ObjectNode q = ls.addObject();
                q.put("sector", l.sector());
                q.put("parameter", l.parameter().key());
                q.put("from", round(l.from()));
                q.put("to", round(l.to()));
                q.put("share", round(l.share()));
                q.put("shift", round(l.shift()));
                if (l.mean() != null) {
                    q.put("mean", round(l.mean()));
                }
            }
        }
        ObjectNode prov = o.putObject("provenance");
        prov.put("glassboxVersion", glassboxVersion);
        prov.put("seed", r.seed());
        prov.put("seconds", round(r.seconds()));
        return o;
    }

    /**
     * The mean field of the scenario's parameters (docs/simulation.md §6): the replicator equations'
     * advantages at the edges, every rest point with its Jacobian eigenvalues (per month: ρ / Δ
     * scaling) and the Jacobian test's verdict, and the attractors.
     */
    static void meanField(ObjectNode x, Map<String, Double> parameters) {
        Parameters p = Parameters.of(parameters);
        Payoffs g = Payoffs.of(p);
        Replicator rep = new Replicator(g, p.get(Parameter.REVISION_RATE));
        x.put("equations", "two-population replicator dynamics, x = contracting governments, y = initiating enterprises");
        ObjectNode adv = x.putObject("advantages");
        adv.put("governmentAtY0", round(g.governmentAdvantage(0)));
        adv.put("governmentAtY1", round(g.governmentAdvantage(1)));
        adv.put("enterpriseAtX0", round(g.enterpriseAdvantage(0)));
        adv.put("enterpriseAtX1", round(g.enterpriseAdvantage(1)));
        ArrayNode rp = x.putArray("restPoints");
        for (Replicator.RestPoint q : rep.restPoints()) {
            ObjectNode n = rp.addObject();
            n.put("x", round(q.x()));
            n.put("y", round(q.y()));
            ArrayNode e = n.putArray("eigenvalues");
            e.add(round(q.eigen1()));
            e.add(round(q.eigen2()));
            n.put("kind", q.kind().word());
        }
        attractors(x.putArray("attractors"), rep.attractors());
    }

    /** Each attractor as {x, y, model}: the construction it stands for ({@link Replicator#word}). */
    private static void attractors(ArrayNode to, List<Replicator.RestPoint> at) {
        for (Replicator.RestPoint q : at) {
            ObjectNode a = to.addObject();
            a.put("x", round(q.x()));
            a.put("y", round(q.y()));
            a.put("model", Replicator.word(q));
        }
    }

    private static void sweep(ObjectNode x, List<Sweep.Axis> axes, List<Sweep.Cell> cells) {
        ArrayNode ax = x.putArray("axes");
        for (Sweep.Axis a : axes) {
            ObjectNode q = ax.addObject();
            q.put("parameter", a.parameter().key());
            q.put("lo", a.lo());
            q.put("hi", a.hi());
            q.put("n", a.n());
        }
        ArrayNode cs = x.putArray("cells");
        for (Sweep.Cell c : cells) {
            ObjectNode q = cs.addObject();
            ObjectNode v = q.putObject("values");
            for (int i = 0; i < axes.size(); i++) {
                v.put(axes.get(i).parameter().key(), round(c.values()[i]));
            }
            ObjectNode m = q.putObject("model");
            Map<String, Double> ms = new java.util.LinkedHashMap<>();
            SimulationResult.MODELS.forEach(k -> ms.put(k, c.model().getOrDefault(k, 0.0)));
            shares(ms).forEach(m::put);
            ObjectNode t = q.putObject("trajectory");
            Map<String, Double> ts = new java.util.LinkedHashMap<>();
            SimulationResult.TRAJECTORIES.forEach(k -> ts.put(k, c.trajectory().getOrDefault(k, 0.0)));
            shares(ts).forEach(t::put);
            q.put("meanMarketScore", round(c.meanMarketScore()));
        }
        if (axes.size() == 1) {
            double t = Sweep.marketThreshold(cells);
            if (Double.isNaN(t)) {
                x.putNull("marketThreshold");
            } else {
                x.put("marketThreshold", round(t));
            }
            x.put("marketCrossing", Sweep.marketCrossing(cells).word());
        }
    }

    /** A number, or null when it is undefined (NaN is not JSON: no run had the figure). */
    private static void number(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, round(v));
        }
    }

    private static void band(ObjectNode n, Band b) {
        arr(n.putArray("mean"), b.mean());
        arr(n.putArray("low"), b.low());
        arr(n.putArray("high"), b.high());
    }

    private static void arr(ArrayNode a, List<Double> v) {
        for (Double d : v) {
            if (d == null || d.isNaN()) {
                a.addNull();
            } else {
                a.add(round(d));
            }
        }
    }

    /**
     * Shares of runs to six decimals that still sum to 1 (largest remainder: 1/3 + 1/3 + 1/3 is written 0.333334,
     * 0.333333, 0.333333, not three 0.333333); shares that do not sum to 1 to begin with are rounded one by one.
     */
    static Map<String, Double> shares(Map<String, Double> in) {
        double sum = in.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (Math.abs(sum - 1) > 1e-9) {
            in.forEach((k, v) -> out.put(k, round(v)));
            return out;
        }
        Map<String, Long> units = new java.util.LinkedHashMap<>();
        long used = 0;
        for (Map.Entry<String, Double> e : in.entrySet()) {
            long u = (long) Math.floor(e.getValue() * 1e6 + 1e-9);
            units.put(e.getKey(), u);
            used += u;
        }
        List<String> byRemainder = new java.util.ArrayList<>(in.keySet());
        byRemainder.sort((a, b) -> Double.compare(in.get(b) * 1e6 - units.get(b), in.get(a) * 1e6 - units.get(a)));
        for (int i = 0; used < 1_000_000 && i < byRemainder.size(); i++, used++) {
            units.merge(byRemainder.get(i), 1L, Long::sum);
        }
        units.forEach((k, u) -> out.put(k, u / 1e6));
        return out;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1e6) / 1e6;
    }
}
