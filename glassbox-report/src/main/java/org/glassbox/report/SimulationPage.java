package org.glassbox.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The report's simulation page: a self-contained HTML document (ECharts inlined, offline) drawn
 * from a {@code glassbox.simulation/1} document (docs/json.md) — the scenario against the coded
 * case side by side (verdicts, per-phase embedding index and administrative dominance, where each
 * phase's own constraints lead in the mean field), the mean trajectories of both with their 10–90 %
 * bands, the fit report (each coded figure against the runs' mean, its tolerance, evidence and
 * verdict), the phase diagram of a sweep as a heat map (share
 * of market runs per grid point, with the threshold), the Morris or Sobol bars and the incentives
 * table. Every figure has its numbers in a table beside it, so the page reads without scripts and
 * prints. Written by {@code glassbox simulate … --html FILE [--lang en|zh]}; labels from the
 * report's message bundles.
 *
 * <p>Complexity O(size of the document) plus the inlined ECharts (about 1 MB).
 */
public final class SimulationPage {
    private static final String RES = "org/glassbox/report/";
    private static final List<String> MODELS = List.of("administrative", "market", "hybrid", "undetermined");
    /** The English bundle, to recognise the calibration's English estimator texts (estimatorText). */
    private static final Messages ENGLISH = Messages.of(Language.EN);

    private SimulationPage() {
    }

    /**
     * The page of {@code sim}, a {@code glassbox.simulation/1} tree, in {@code language}.
     *
     * @throws IllegalArgumentException when {@code sim} is not a {@code glassbox.simulation/1} document
     */
    public static String render(JsonNode sim, Language language) {
        return render(sim, language, null);
    }

    /**
     * The page, with the scenario named {@code caseName} in the title and summary (the case's name in the page's
     * language) instead of its source {@code case:ID}; null keeps the source (a preset).
     */
    public static String render(JsonNode sim, Language language, String caseName) {
        Objects.requireNonNull(sim, "sim");
        if (!"glassbox.simulation/1".equals(sim.path("schema").asText())) {
            throw new IllegalArgumentException("sim is not a glassbox.simulation/1 document (schema '" + sim.path("schema").asText() + "')");
        }
        Messages msg = Messages.of(language);
        StringBuilder b = new StringBuilder();
        String source = caseName == null || caseName.isBlank() ? sim.path("source").asText() : caseName;
        b.append("<p class=\"summary\">").append(esc(msg.format("sim.summary", source, sim.path("runs").asInt(),
                sim.path("seed").asLong()))).append("</p>\n");
        side(b, sim, msg);
        paths(b, sim, msg);
        fit(b, sim, msg);
        if (sim.has("sweep")) {
            sweep(b, sim.get("sweep"), msg);
        }
        if (sim.has("sensitivity")) {
            sensitivity(b, sim.get("sensitivity"), msg);
        }
        if (sim.has("incentives")) {
            incentives(b, sim.get("incentives"), msg);
        }
        parameters(b, sim, msg);
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(labels(msg, sim));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("simulation data is not serialisable", e);
        }
        return HtmlReport.fill(HtmlReport.resource(RES + "simulation.html"), Map.of(
                "lang", language.code(),
                "title", esc(msg.format("sim.title", source)),
                "noscript", esc(msg.get("noscript")),
                "body", b.toString(),
                "data", HtmlReport.jsonSafe(json),
                "echarts", HtmlReport.scriptSafe(HtmlReport.resource(HtmlReport.ECHARTS)),
                "app", HtmlReport.scriptSafe(HtmlReport.resource(RES + "simulation.js"))));
    }

    /** The document the script draws from: the simulation itself plus the labels in the page's language. */
    private static JsonNode labels(Messages msg, JsonNode sim) {
        com.fasterxml.jackson.databind.node.ObjectNode o = new ObjectMapper().createObjectNode();
        o.set("sim", sim);
        com.fasterxml.jackson.databind.node.ObjectNode l = o.putObject("labels");
        for (String k : List.of("sim.index", "sim.dominance", "sim.coded", "sim.band", "sim.mean", "sim.marketShare",
                "sim.muStar", "sim.sigma", "sim.first", "sim.total", "sim.phase")) {
            l.put(k, msg.get(k));
        }
        // the construction models' words as the tables beside the charts give them
        for (String m : MODELS) {
            l.put("model." + m, word(msg, m));
        }
        return o;
    }

    private static void side(StringBuilder b, JsonNode sim, Messages msg) {
        JsonNode coded = sim.get("coded");
        b.append("<section id=\"sim-side\"><h2>").append(esc(msg.get(coded != null ? "sim.side" : "sim.side.preset"))).append("</h2>\n");
        b.append("<table class=\"side\"><thead><tr><th></th>");
        if (coded != null) {
            b.append("<th>").append(esc(msg.get("sim.coded"))).append("</th>");
        }
        b.append("<th>").append(esc(msg.format("sim.simulated", sim.path("runs").asInt()))).append("</th></tr></thead><tbody>\n");
        for (String[] v : new String[][] {{"model", "sim.verdict.model"}, {"lateStructure", "sim.verdict.lateStructure"},
            {"trajectory", "sim.verdict.trajectory"}}) {
            b.append("<tr data-verdict=\"").append(v[0]).append("\"><th>").append(esc(msg.get(v[1]))).append("</th>");
            if (coded != null) {
                b.append("<td class=\"coded\">").append(esc(word(msg, coded.path(v[0]).asText()))).append("</td>");
            }
            b.append("<td class=\"simulated\">").append(esc(shares(msg, sim.path("outcomes").path(v[0])))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (coded == null) {
            b.append("<p class=\"note\">").append(esc(msg.get("sim.preset"))).append("</p>\n");
        }
        b.append("</section>\n");
    }

    private static void paths(StringBuilder b, JsonNode sim, Messages msg) {
        JsonNode p = sim.path("paths");
        JsonNode coded = sim.get("coded");
        b.append("<section id=\"sim-paths\"><h2>").append(esc(msg.get("sim.paths"))).append("</h2>\n");
        b.append("<p class=\"note\">").append(esc(msg.get(coded != null ? "sim.paths.note" : "sim.paths.note.preset"))).append("</p>\n");
        b.append("<div class=\"chart\" id=\"sim-chart-paths\"></div>\n");
        b.append("<table class=\"paths\"><thead><tr><th>").append(esc(msg.get("sim.phase"))).append("</th><th>")
                .append(esc(msg.get("sim.index"))).append("</th><th>").append(esc(msg.get("sim.dominance"))).append("</th>");
        JsonNode own = coded == null ? null : coded.get("phaseConstraints");
        if (coded != null) {
            b.append("<th>").append(esc(msg.get("sim.coded.index"))).append("</th><th>").append(esc(msg.get("sim.coded.dominance"))).append("</th>");
        }
        if (own != null) {
            b.append("<th>").append(esc(msg.get("sim.regime"))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        JsonNode phases = p.path("phases");
        for (int i = 0; i < phases.size(); i++) {
            String id = phases.get(i).asText();
            b.append("<tr><th>").append(esc(id)).append("</th><td>").append(band(p.path("phaseEmbeddingIndex"), i)).append("</td><td>")
                    .append(band(p.path("phaseAdministrativeDominance"), i)).append("</td>");
            if (coded != null) {
                int k = indexOf(coded.path("phases"), id);
                b.append("<td>").append(k < 0 ? "–" : num(coded.path("embeddingIndex").get(k))).append("</td><td>")
                        .append(k < 0 ? "–" : num(coded.path("administrativeDominance").get(k))).append("</td>");
            }
            if (own != null) {
                JsonNode c = phaseEntry(own, id);
                b.append("<td class=\"regime\">").append(c == null ? "–" : esc(attractors(msg, c.path("attractors")))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    /**
     * The fit report: each figure of a calibrated phase, coded against the runs' mean, with its tolerance, the count
     * its coded figure rests on and the analysis's minimum, and whether it is within, outside or not judged; then,
     * when the runs played the window's constraints throughout, the phases whose own constraints lead elsewhere.
     */
    private static void fit(StringBuilder b, JsonNode sim, Messages msg) {
        JsonNode fit = sim.path("fit");
        if (fit.isEmpty()) {
            return;
        }
        b.append("<section id=\"sim-fit\"><h2>").append(esc(msg.get("sim.fit"))).append("</h2>\n");
        b.append("<p class=\"note\">").append(esc(msg.get("sim.fit.note"))).append("</p>\n");
        b.append("<table class=\"fit\"><thead><tr>");
        for (String h : List.of("sim.phase", "sim.fit.measure", "sim.fit.coded", "sim.fit.simulated", "sim.fit.tolerance", "sim.fit.evidence",
                "sim.fit.status")) {
            b.append("<th>").append(esc(msg.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (JsonNode f : fit) {
            String status = f.path("status").asText();
            b.append("<tr data-status=\"").append(esc(status)).append("\"><th>").append(esc(f.path("phase").asText())).append("</th><td>")
                    .append(esc(measure(msg, f.path("measure").asText()))).append("</td><td>").append(num3(f.get("coded"))).append("</td><td>")
                    .append(num3(f.get("simulated"))).append("</td><td>±").append(num(f.get("tolerance"))).append("</td><td>")
                    .append(f.path("minimum").asInt() > 0 ? f.path("n").asInt() + " (" + f.path("minimum").asInt() + ")" : f.path("n").asText())
                    .append("</td><td class=\"status\">").append(esc(msg.get(switch (status) {
                        case "within" -> "sim.fit.within";
                        case "insufficient" -> "sim.fit.insufficient";
                        default -> "sim.fit.outside";
                    }))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        JsonNode st = sim.path("strategies");
        if (!st.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(msg.get("sim.strategies.note"))).append("</p>\n");
            b.append("<table class=\"strategies\"><thead><tr><th>").append(esc(msg.get("sim.phase"))).append("</th>");
            for (String h : List.of("sim.contracting.coded", "sim.contracting.simulated", "sim.initiating.coded", "sim.initiating.simulated")) {
                b.append("<th>").append(esc(msg.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            for (JsonNode q : st) {
                b.append("<tr><th>").append(esc(q.path("phase").asText())).append("</th><td>")
                        .append(num(q.path("coded").get("contractingGovernments"))).append("</td><td>")
                        .append(num(q.path("simulated").get("contractingGovernments"))).append("</td><td>")
                        .append(num(q.path("coded").get("initiatingEnterprises"))).append("</td><td>")
                        .append(num(q.path("simulated").get("initiatingEnterprises"))).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        JsonNode own = sim.path("coded").path("phaseConstraints");
        if (own.size() > 1 && sim.path("parameterSchedule").size() <= 1) {
            String window = attractors(msg, sim.path("meanField").path("attractors"));
            List<String> elsewhere = new ArrayList<>();
            for (JsonNode c : own) {
                if (c.path("leadsElsewhere").asBoolean()) {
                    elsewhere.add(c.path("phase").asText());
                }
            }
            if (!elsewhere.isEmpty()) {
                b.append("<p class=\"note regime\">").append(esc(msg.format("sim.fit.regime", window, String.join(msg.get("list.sep"), elsewhere))))
                        .append("</p>\n");
            }
        }
        b.append("</section>\n");
    }

    /** The constructions a mean field's attractors stand for, in the page's language ("administrative or market (bistable)"). */
    private static String attractors(Messages msg, JsonNode at) {
        List<String> w = new ArrayList<>();
        at.forEach(a -> w.add(a.path("model").asText()));
        java.util.Collections.sort(w);
        if (w.size() == 2) {
            return msg.format("sim.regime.or", word(msg, w.get(0)), word(msg, w.get(1)));
        }
        return w.isEmpty() ? "–" : String.join(msg.get("list.sep"), w.stream().map(x -> word(msg, x)).toList());
    }

    private static JsonNode phaseEntry(JsonNode entries, String phase) {
        for (JsonNode e : entries) {
            if (e.path("phase").asText().equals(phase)) {
                return e;
            }
        }
        return null;
    }

    private static void sweep(StringBuilder b, JsonNode sw, Messages msg) {
        JsonNode axes = sw.path("axes");
        List<String> names = new ArrayList<>();
        axes.forEach(a -> names.add(a.path("parameter").asText()));
        b.append("<section id=\"sim-sweep\"><h2>").append(esc(msg.get("sim.sweep"))).append("</h2>\n");
        b.append("<p class=\"note\">").append(esc(msg.format(names.size() > 1 ? "sim.sweep.note" : "sim.sweep.note.line",
                String.join(" × ", names)))).append("</p>\n");
        b.append("<div class=\"chart\" id=\"sim-chart-sweep\"></div>\n");
        if (sw.has("marketThreshold")) {
            JsonNode t = sw.get("marketThreshold");
            // the direction as the JSON gives it (marketCrossing); a document without it is read as before
            String crossing = sw.path("marketCrossing").asText(t.isNull() ? "below" : "rises");
            String key = switch (crossing) {
                case "falls" -> "sim.threshold.falls";
                case "above" -> "sim.threshold.above";
                case "below" -> "sim.threshold.none";
                default -> "sim.threshold";
            };
            b.append("<p class=\"threshold\">").append(esc(t.isNull() ? msg.format(key, names.get(0))
                    : msg.format(key, names.get(0), String.format(Locale.ROOT, "%.3f", t.asDouble())))).append("</p>\n");
        }
        b.append("<table class=\"sweep\"><thead><tr>");
        names.forEach(n -> b.append("<th>").append(esc(n)).append("</th>"));
        for (String m : MODELS) {
            b.append("<th>").append(esc(word(msg, m))).append("</th>");
        }
        b.append("<th>").append(esc(word(msg, "inter-embedded"))).append("</th></tr></thead><tbody>\n");
        for (JsonNode c : sw.path("cells")) {
            b.append("<tr>");
            names.forEach(n -> b.append("<td>").append(num(c.path("values").get(n))).append("</td>"));
            for (String m : MODELS) {
                b.append("<td>").append(pct(c.path("model").path(m).asDouble())).append("</td>");
            }
            b.append("<td>").append(pct(c.path("trajectory").path("inter-embedded").asDouble())).append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    private static void sensitivity(StringBuilder b, JsonNode s, Messages msg) {
        boolean morris = "morris".equals(s.path("method").asText());
        b.append("<section id=\"sim-sensitivity\"><h2>").append(esc(msg.get(morris ? "sim.morris" : "sim.sobol"))).append("</h2>\n");
        b.append("<p class=\"note\">").append(esc(msg.format("sim.sensitivity.note", s.path("evaluations").asInt(),
                s.path("runsPerPoint").asInt()))).append("</p>\n");
        b.append("<div class=\"chart\" id=\"sim-chart-sensitivity\"></div>\n");
        List<String> keys = morris ? List.of("muStar", "mu", "sigma") : List.of("first", "total");
        boolean intervals = !morris && s.path("factors").elements().hasNext() && s.path("factors").elements().next().has("firstLow");
        b.append("<table class=\"sensitivity\"><thead><tr><th>").append(esc(msg.get("sim.parameter"))).append("</th>");
        for (String k : keys) {
            b.append("<th>").append(esc(msg.get("sim." + k))).append("</th>");
            if (intervals) { // the bootstrap interval beside each Sobol index, so that a small budget shows as such
                b.append("<th>").append(esc(msg.get("sim.interval"))).append("</th>");
            }
        }
        b.append("</tr></thead><tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("factors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append("<tr><th>").append(esc(e.getKey())).append("</th>");
            for (String k : keys) {
                b.append("<td>").append(num(e.getValue().get(k))).append("</td>");
                if (intervals) {
                    b.append("<td class=\"interval\">").append(num(e.getValue().get(k + "Low"))).append(" – ")
                            .append(num(e.getValue().get(k + "High"))).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    private static void incentives(StringBuilder b, JsonNode t, Messages msg) {
        b.append("<section id=\"sim-incentives\"><h2>").append(esc(msg.get("sim.incentives"))).append("</h2>\n");
        b.append("<p class=\"note\">").append(esc(msg.format("sim.incentives.note", t.path("target").asText(),
                pct(t.path("baseline").asDouble())))).append("</p>\n");
        // a formalism target carries each lever's mean score: the table shows how far a lever moves it, also when no run crosses the bound
        boolean scored = t.has("baselineMean");
        if (scored) {
            b.append("<p class=\"note\">").append(esc(msg.format("sim.incentives.mean", num(t.get("baselineMean"))))).append("</p>\n");
        }
        b.append("<table class=\"incentives\"><thead><tr>");
        for (String k : List.of("sim.rank", "sim.sector", "sim.lever", "sim.fromTo", "sim.share", "sim.shift")) {
            b.append("<th>").append(esc(msg.get(k))).append("</th>");
        }
        if (scored) {
            b.append("<th>").append(esc(msg.get("sim.meanScore"))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        int rank = 0;
        for (JsonNode l : t.path("levers")) {
            b.append("<tr><td>").append(++rank).append("</td><td>").append(esc(msg.label("sector", l.path("sector").asText())))
                    .append("</td><td>").append(esc(l.path("parameter").asText())).append("</td><td>").append(l.path("from").asDouble() == l.path("to").asDouble() ? msg.get("sim.incentives.already") + " " + num(l.get("from"))
                            : num(l.get("from")) + " → " + num(l.get("to"))).append("</td><td>").append(pct(l.path("share").asDouble()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%+.0f", 100 * l.path("shift").asDouble())).append("</td>");
            if (scored) {
                b.append("<td>").append(l.has("mean") ? num(l.get("mean")) : "–").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    private static void parameters(StringBuilder b, JsonNode sim, Messages msg) {
        b.append("<section id=\"sim-parameters\"><h2>").append(esc(msg.get("sim.parameters"))).append("</h2>\n");
        // under dated constraints the runs played each phase's own values: shown beside the window's
        JsonNode sched = sim.path("parameterSchedule");
        boolean dated = sched.size() > 1;
        if (dated) {
            b.append("<p class=\"note dated\">").append(esc(msg.get("sim.parameters.dated"))).append("</p>\n");
        }
        b.append("<table class=\"parameters\"><thead><tr><th>").append(esc(msg.get("sim.parameter"))).append("</th><th>")
                .append(esc(msg.get("sim.value"))).append("</th>");
        if (dated) {
            for (JsonNode q : sched) {
                b.append("<th class=\"phase\">").append(esc(msg.format("sim.parameters.phase", q.path("phase").asText()))).append("</th>");
            }
        }
        b.append("<th>").append(esc(msg.get("sim.estimator"))).append("</th></tr></thead><tbody>\n");
        Map<String, String> estimator = new java.util.HashMap<>();
        for (JsonNode e : sim.path("estimates")) {
            String text = e.path("estimator").asText();
            estimator.put(e.path("name").asText(), text.startsWith("set to ") ? msg.format("sim.set", num(e.get("value")))
                    : e.path("estimated").asBoolean() ? estimatorText(msg, e.path("name").asText(), text) : msg.get("sim.default"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sim.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(num(e.getValue())).append("</td>");
            if (dated) {
                for (JsonNode q : sched) {
                    b.append("<td class=\"phase\">").append(num(q.path("parameters").get(e.getKey()))).append("</td>");
                }
            }
            b.append("<td>").append(esc(estimator.getOrDefault(e.getKey(), ""))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        // estimates resting on few coded events (Calibration.cautions), as the JSON words them
        JsonNode cautions = sim.path("cautions");
        if (cautions.size() > 0) {
            b.append("<div class=\"note cautions\"><p>").append(esc(msg.get("sim.cautions"))).append("</p><ul>");
            for (JsonNode c : cautions) {
                b.append("<li>").append(esc(c.asText())).append("</li>");
            }
            b.append("</ul></div>\n");
        }
        b.append("</section>\n");
    }

    /**
     * An observable constraint's estimator in the page's language: the JSON's English text ("p1–p3: supervision events
     * / …") when it is the bundle's English pattern {@code sim.estimator.NAME} for its window, that pattern in the page's
     * language; any other text (a phase without the data, a hand-made document) as written.
     */
    private static String estimatorText(Messages msg, String name, String text) {
        int colon = text.indexOf(": ");
        String english = ENGLISH.label("sim.estimator", name); // the name itself when the bundle has no pattern for it
        if (colon < 0 || english.equals(name)) {
            return text;
        }
        String window = text.substring(0, colon);
        return Messages.fill(english, window).equals(text) ? msg.format("sim.estimator." + name, window) : text;
    }

    /** "administrative 94 %, hybrid 6 %": the values with a share above 0, largest first. */
    static String shares(Messages msg, JsonNode dist) {
        List<Map.Entry<String, JsonNode>> e = new ArrayList<>();
        dist.fields().forEachRemaining(e::add);
        e.sort((a, c) -> Double.compare(c.getValue().asDouble(), a.getValue().asDouble()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> x : e) {
            if (x.getValue().asDouble() > 0) {
                out.add(word(msg, x.getKey()) + " " + pct(x.getValue().asDouble()));
            }
        }
        return String.join(msg.get("list.sep"), out);
    }

    private static String word(Messages msg, String v) {
        return "undetermined".equals(v) ? msg.get("sim.undetermined") : msg.value(v);
    }

    private static int indexOf(JsonNode arr, String id) {
        for (int i = 0; i < arr.size(); i++) {
            if (arr.get(i).asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String band(JsonNode b, int i) {
        return num(b.path("mean").get(i)) + " (" + num(b.path("low").get(i)) + "–" + num(b.path("high").get(i)) + ")";
    }

    /**
     * A fit figure to three decimals: with two, a value a hair outside its tolerance could read as on it (0.648 shown
     * as 0.65 against 0.80 ± 0.15, outside).
     */
    private static String num3(JsonNode v) {
        return num(v, "%.3f");
    }

    /** A fit figure's name in the page's language, by its first word ({@code sim.measure.coDecision}); else as written. */
    private static String measure(Messages msg, String measure) {
        int sp = measure.indexOf(' ');
        return msg.label("sim.measure", sp < 0 ? measure : measure.substring(0, sp));
    }

    private static String num(JsonNode v) {
        return num(v, "%.2f");
    }

    private static String num(JsonNode v, String format) {
        return v == null || v.isNull() || !v.isNumber() ? "–" : String.format(Locale.ROOT, format, v.asDouble());
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * v);
    }

    private static String esc(String s) {
        return HtmlReport.escapeHtml(s);
    }
}
