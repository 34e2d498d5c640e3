package org.glassbox.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes a {@link SimulationResult} as {@code glassbox.simulation/1} (docs/json.md). */
public final class SimulationJson {
    public static final String SCHEMA = "glassbox.simulation/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SimulationJson() {
    }

    public static void write(SimulationResult r, String glassboxVersion, Writer w) throws IOException {
        MAPPER.writeValue(w, tree(r, glassboxVersion));
    }

    public static ObjectNode tree(SimulationResult r, String glassboxVersion) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("source", r.source());
        o.put("runs", r.runs());
        o.put("seed", r.seed());
        ObjectNode out = o.putObject("outcomes");
        for (Map.Entry<String, Map<String, Double>> e : r.outcomes().entrySet()) {
            ObjectNode v = out.putObject(e.getKey());
            e.getValue().forEach((k, x) -> v.put(k, round(x)));
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
        ArrayNode est = o.putArray("estimates");
        for (Estimate e : r.estimates()) {
            ObjectNode x = est.addObject();
            x.put("name", e.name());
            x.put("value", e.value());
            x.put("estimator", e.estimator());
            x.put("basis", e.basis());
            x.put("estimated", e.estimated());
        }
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
        means.put("marketScore", round(r.meanMarketScore()));
        means.put("administrativeScore", round(r.meanAdministrativeScore()));
        means.put("peopleCentredness", round(r.meanPeopleCentredness()));
        means.put("finalContractShare", round(r.meanFinalContractShare()));
        means.put("finalInitiateShare", round(r.meanFinalInitiateShare()));
        means.put("events", round(r.meanEvents()));
        ArrayNode fit = o.putArray("fit");
        for (FitItem f : r.fit()) {
            ObjectNode x = fit.addObject();
            x.put("phase", f.phase());
            x.put("measure", f.measure());
            x.put("coded", round(f.coded()));
            x.put("simulated", round(f.simulated()));
            x.put("tolerance", f.tolerance());
            x.put("within", f.within());
        }
        ObjectNode prov = o.putObject("provenance");
        prov.put("glassboxVersion", glassboxVersion);
        prov.put("seed", r.seed());
        prov.put("seconds", round(r.seconds()));
        return o;
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

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1e6) / 1e6;
    }
}
