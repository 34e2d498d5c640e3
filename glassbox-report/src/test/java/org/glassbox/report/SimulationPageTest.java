package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.glassbox.report.browser.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The simulation page (issue 15): DOM of the en and zh pages read with jsoup, and (with Chromium) every chart drawn. */
class SimulationPageTest {
    private static final ObjectMapper M = new ObjectMapper();

    /** A glassbox.simulation/1 document of the shape SimulationJson writes: a calibrated case, a 3 × 2 sweep, Morris, incentives. */
    static ObjectNode document(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ObjectNode o = M.createObjectNode();
        o.put("schema", "glassbox.simulation/1");
        o.put("source", "case:province-a");
        o.put("runs", 40);
        o.put("seed", 1);
        ObjectNode out = o.putObject("outcomes");
        double adm = 0.5 + 0.4 * r.nextDouble();
        out.putObject("model").put("administrative", adm).put("market", 0).put("hybrid", 1 - adm).put("undetermined", 0);
        out.putObject("lateStructure").put("linear-functional", 1.0).put("matrix", 0).put("network", 0).put("unclassified", 0);
        out.putObject("trajectory").put("inter-embedded", 0).put("de-embedded", 0.9).put("embedded", 0.1).put("never-embedded", 0)
                .put("undetermined", 0);
        o.putObject("parameters").put("contractStrength", 0.49).put("administrativePressure", 0.077).put("mutation", 0.02);
        ArrayNode est = o.putArray("estimates");
        est.addObject().put("name", "contractStrength").put("value", 0.49).put("estimator", "p1–p3: contract-governed / interaction events")
                .put("basis", 49).put("estimated", true);
        est.addObject().put("name", "mutation").put("value", 0.02).put("estimator", "not observable").put("basis", 0).put("estimated", false);
        ObjectNode paths = o.putObject("paths");
        ArrayNode ph = paths.putArray("phases");
        ph.add("p1").add("p2").add("p3");
        band(paths.putObject("phaseEmbeddingIndex"), r, 3);
        band(paths.putObject("phaseAdministrativeDominance"), r, 3);
        ObjectNode coded = o.putObject("coded");
        coded.put("model", "administrative").put("lateStructure", "linear-functional").put("trajectory", "de-embedded");
        coded.putArray("phases").add("p1").add("p2").add("p3");
        coded.putArray("embeddingIndex").add(0.6).add(0.31).add(0.14);
        coded.putArray("administrativeDominance").add(0.16).add(0.5).add(0.81);
        // each phase's own constraints and their attractors; the window's mean field leads to administrative
        ArrayNode pc = coded.putArray("phaseConstraints");
        String[][] own = {{"market"}, {"administrative", "market"}, {"administrative"}};
        for (int k = 0; k < 3; k++) {
            ObjectNode e = pc.addObject();
            e.put("phase", "p" + (k + 1));
            e.putObject("parameters").put("contractStrength", 0.7 - 0.2 * k);
            ArrayNode at = e.putArray("attractors");
            for (String m : own[k]) {
                at.addObject().put("x", m.equals("market") ? 1.0 : 0.0).put("y", m.equals("market") ? 1.0 : 0.0).put("model", m);
            }
            e.put("leadsElsewhere", k < 2);
        }
        o.putObject("meanField").putArray("attractors").addObject().put("x", 0.0).put("y", 0.0).put("model", "administrative");
        o.putArray("parameterSchedule").addObject().put("phase", "p1");
        ArrayNode st = o.putArray("strategies");
        ObjectNode s2 = st.addObject().put("phase", "p2");
        s2.putObject("coded").put("contractingGovernments", 0.67).put("initiatingEnterprises", 1.0);
        s2.putObject("simulated").put("contractingGovernments", 0.07).putNull("initiatingEnterprises");
        ArrayNode fit = o.putArray("fit");
        fit.addObject().put("phase", "p1").put("measure", "coDecision").put("coded", 0.25).put("simulated", 0.74).put("tolerance", 0.2)
                .put("within", false).put("n", 4).put("minimum", 5).put("status", "insufficient");
        fit.addObject().put("phase", "p2").put("measure", "coDecision").put("coded", 0.57).put("simulated", 0.21).put("tolerance", 0.2)
                .put("within", false).put("n", 7).put("minimum", 5).put("status", "outside");
        fit.addObject().put("phase", "p2").put("measure", "governmentInitiationShare").put("coded", 0.95).put("simulated", 0.84)
                .put("tolerance", 0.15).put("within", true).put("n", 21).put("minimum", 0).put("status", "within");
        ObjectNode sw = o.putObject("sweep");
        ArrayNode axes = sw.putArray("axes");
        axes.addObject().put("parameter", "contractStrength").put("lo", 0.2).put("hi", 1).put("n", 3);
        axes.addObject().put("parameter", "administrativePressure").put("lo", 0).put("hi", 0.2).put("n", 2);
        ArrayNode cells = sw.putArray("cells");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                ObjectNode c = cells.addObject();
                c.putObject("values").put("contractStrength", 0.2 + 0.4 * i).put("administrativePressure", 0.2 * j);
                double mk = r.nextDouble();
                c.putObject("model").put("administrative", 1 - mk).put("market", mk).put("hybrid", 0).put("undetermined", 0);
                c.putObject("trajectory").put("inter-embedded", mk / 2);
                c.put("meanMarketScore", mk);
            }
        }
        ObjectNode s = o.putObject("sensitivity");
        s.put("method", "morris").put("evaluations", 140).put("runsPerPoint", 10);
        ObjectNode f = s.putObject("factors");
        for (String n : new String[] {"contractStrength", "administrativePressure", "penalty", "subsidy", "reputation", "publicParticipation"}) {
            f.putObject(n).put("muStar", r.nextDouble()).put("mu", r.nextDouble() - 0.5).put("sigma", r.nextDouble());
        }
        ObjectNode inc = o.putObject("incentives");
        inc.put("target", "model=market").put("baseline", 0.05);
        inc.putArray("levers").addObject().put("sector", "government").put("parameter", "contractStrength").put("from", 0.49)
                .put("to", 0.9).put("share", 0.8).put("shift", 0.75);
        return o;
    }

    private static void band(ObjectNode n, SplittableRandom r, int k) {
        ArrayNode m = n.putArray("mean");
        ArrayNode lo = n.putArray("low");
        ArrayNode hi = n.putArray("high");
        for (int i = 0; i < k; i++) {
            double v = 0.2 + 0.6 * r.nextDouble();
            m.add(v);
            lo.add(v - 0.1);
            hi.add(v + 0.1);
        }
    }

    @Test
    void theEnglishPageShowsTheScenarioBesideTheCodedCaseAndEveryStudyWithItsNumbers() {
        ObjectNode sim = document(7);
        Document d = Jsoup.parse(SimulationPage.render(sim, Language.EN));
        assertThat(d.select("html").attr("lang")).isEqualTo("en");
        assertThat(d.title()).isEqualTo("What if: simulation of case:province-a");
        Element model = d.selectFirst("#sim-side tr[data-verdict=model]");
        assertThat(model.selectFirst("td.coded").text()).isEqualTo("administrative");
        double adm = sim.path("outcomes").path("model").path("administrative").asDouble();
        assertThat(model.selectFirst("td.simulated").text())
                .isEqualTo(String.format(Locale.ROOT, "administrative %.0f %%, hybrid %.0f %%", 100 * adm, 100 * (1 - adm)));
        assertThat(d.selectFirst("#sim-side tr[data-verdict=trajectory] td.simulated").text()).isEqualTo("de-embedded 90 %, embedded 10 %");
        // one row per phase, the band as mean (low–high), the coded values beside
        assertThat(d.select("#sim-paths table tbody tr")).hasSize(3);
        JsonNode idx = sim.path("paths").path("phaseEmbeddingIndex");
        assertThat(d.select("#sim-paths tbody tr").get(2).select("td").get(0).text()).isEqualTo(String.format(Locale.ROOT, "%.2f (%.2f–%.2f)",
                idx.path("mean").get(2).asDouble(), idx.path("low").get(2).asDouble(), idx.path("high").get(2).asDouble()));
        assertThat(d.select("#sim-paths tbody tr").get(2).select("td").get(2).text()).isEqualTo("0.14");
        // where each phase's own constraints lead in the mean field
        assertThat(d.select("#sim-paths tbody td.regime").eachText())
                .containsExactly("market-based", "administrative or market-based (bistable)", "administrative");
        // the fit report: a row per figure with its evidence and verdict; the phases whose own constraints lead elsewhere
        assertThat(d.select("#sim-fit table.fit tbody tr")).hasSize(3);
        Element thin = d.selectFirst("#sim-fit tr[data-status=insufficient]");
        assertThat(thin.select("td").eachText()).containsExactly("co-decision", "0.250", "0.740", "±0.20", "4 (5)", "not judged: too few items");
        assertThat(d.selectFirst("#sim-fit tr[data-status=outside] td.status").text()).isEqualTo("outside");
        assertThat(d.selectFirst("#sim-fit tr[data-status=within] td").nextElementSiblings().get(3).text()).isEqualTo("21");
        assertThat(d.select("#sim-fit table.strategies tbody tr td").eachText()).containsExactly("0.67", "0.07", "1.00", "–");
        assertThat(d.select("#sim-fit p.regime").text()).contains("leads to administrative; the own constraints of p1, p2 lead elsewhere");
        // the phase diagram: a chart and a row per grid point; no threshold for two parameters
        assertThat(d.select("#sim-chart-sweep")).hasSize(1);
        assertThat(d.select("#sim-sweep tbody tr")).hasSize(6);
        assertThat(d.select("#sim-sweep .threshold")).isEmpty();
        double mk = sim.path("sweep").path("cells").get(5).path("model").path("market").asDouble();
        assertThat(d.select("#sim-sweep tbody tr").get(5).select("td").get(3).text()).isEqualTo(String.format(Locale.ROOT, "%.0f %%", 100 * mk));
        assertThat(d.select("#sim-sensitivity h2").text()).contains("Morris");
        assertThat(d.select("#sim-sensitivity tbody tr")).hasSize(6);
        assertThat(d.select("#sim-incentives tbody tr td").get(1).text()).isEqualTo("government");
        assertThat(d.select("#sim-parameters tbody tr")).hasSize(3);
        assertThat(d.select("#sim-parameters tbody tr").get(2).select("td").get(1).text()).isEqualTo("not observable in a coded case: the default");
    }

    @Test
    void aFormalismTargetShowsEachLeversMeanScore() {
        ObjectNode sim = document(3);
        ObjectNode inc = sim.putObject("incentives");
        inc.put("target", "formalism.people-centredness<0.5").put("baseline", 0).put("baselineMean", 0.93);
        ArrayNode ls = inc.putArray("levers");
        ls.addObject().put("sector", "public").put("parameter", "publicParticipation").put("from", 0.05).put("to", 0.5)
                .put("share", 0).put("shift", 0).put("mean", 0.67);
        ls.addObject().put("sector", "party").put("parameter", "contractStrength").put("from", 0.49).put("to", 0.9)
                .put("share", 0).put("shift", 0);
        Document d = Jsoup.parse(SimulationPage.render(sim, Language.EN));
        assertThat(d.select("#sim-incentives thead th").last().text()).isEqualTo("mean score");
        assertThat(d.select("#sim-incentives tbody tr").get(0).select("td").last().text()).isEqualTo("0.67");
        // a lever whose score is assessable in no run shows a dash, not 0
        assertThat(d.select("#sim-incentives tbody tr").get(1).select("td").last().text()).isEqualTo("–");
        assertThat(d.select("#sim-incentives p.note").text()).contains("without a lever 0.93");
        Document zh = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(zh.select("#sim-incentives thead th").last().text()).isEqualTo("平均得分");
        assertThat(zh.select("#sim-incentives tbody tr").get(0).select("td").get(1).text()).isEqualTo("公众");
        // a model target has no such column
        Document market = Jsoup.parse(SimulationPage.render(document(3), Language.EN));
        assertThat(market.select("#sim-incentives thead th")).hasSize(6);
    }

    @Test
    void theChinesePageHasEveryLabelInChineseAndAOneParameterSweepStatesItsThreshold() {
        ObjectNode sim = document(8);
        ObjectNode sw = (ObjectNode) sim.get("sweep");
        ((ArrayNode) sw.get("axes")).remove(1);
        sw.put("marketThreshold", 0.6234);
        Document d = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(d.select("html").attr("lang")).isEqualTo("zh");
        assertThat(d.title()).isEqualTo("假如：case:province-a 的仿真");
        assertThat(d.selectFirst("#sim-side tr[data-verdict=model] td.coded").text()).isEqualTo("行政主导型");
        assertThat(d.selectFirst("#sim-side tr[data-verdict=trajectory] td.simulated").text()).isEqualTo("脱嵌 90 %、嵌入 10 %");
        assertThat(d.select("#sim-sweep .threshold").text()).isEqualTo("市场主导型运行比例在 contractStrength ≈ 0.623 处升至一半以上。");
        // the direction is the document's: a falling share, and a share above one half over the whole range
        sw.put("marketCrossing", "falls");
        assertThat(Jsoup.parse(SimulationPage.render(sim, Language.EN)).select("#sim-sweep .threshold").text())
                .isEqualTo("The market share of runs falls below one half at contractStrength ≈ 0.623.");
        sw.putNull("marketThreshold");
        sw.put("marketCrossing", "above");
        assertThat(Jsoup.parse(SimulationPage.render(sim, Language.ZH)).select("#sim-sweep .threshold").text())
                .isEqualTo("在 contractStrength 的整个取值范围内，市场主导型运行比例均超过一半。");
        sw.put("marketThreshold", 0.6234);
        sw.remove("marketCrossing");
        assertThat(d.select("#sim-incentives tbody tr td").get(1).text()).isEqualTo("政府");
        assertThat(d.select("#sim-paths tbody td.regime").get(1).text()).isEqualTo("行政主导型或市场主导型（双稳态）");
        assertThat(d.selectFirst("#sim-fit tr[data-status=insufficient] td.status").text()).isEqualTo("条目过少，不作判断");
        // the note names the phases the document marks as leading elsewhere: the page reads the field, it does not decide
        assertThat(d.select("#sim-fit p.regime")).hasSize(1);
        ObjectNode sim2 = document(8);
        ((ObjectNode) sim2.path("coded").path("phaseConstraints").get(0)).put("leadsElsewhere", false);
        assertThat(Jsoup.parse(SimulationPage.render(sim2, Language.EN)).select("#sim-fit p.regime").text()).contains("the own constraints of p2 lead elsewhere");
        sim2.path("coded").path("phaseConstraints").forEach(e -> ((ObjectNode) e).put("leadsElsewhere", false));
        assertThat(Jsoup.parse(SimulationPage.render(sim2, Language.EN)).select("#sim-fit p.regime")).isEmpty();
        // every heading and table header is Chinese: no Latin letters but the parameters' own names and the indices' symbols
        for (Element e : d.select("h1, h2, thead th, p.note")) {
            String t = e.text().replaceAll("case:province-a|contractStrength|administrativePressure|model=market|--constant-constraints|Morris|Sobol|[μσST*]", "");
            assertThat(t).as(e.outerHtml()).doesNotContainPattern("[A-Za-z]{2,}");
        }
    }

    @Test
    void theFitTheSobolIntervalsAndTheDatedConstraintsAreShownAsTheDocumentGivesThem() {
        ObjectNode sim = document(11);
        // a simulated value a hair outside its tolerance: three decimals, so the row does not read as on the bound
        ((ObjectNode) sim.path("fit").get(2)).put("coded", 0.8).put("simulated", 0.6476).put("within", false).put("status", "outside");
        ObjectNode sob = sim.putObject("sensitivity");
        sob.put("method", "sobol").put("evaluations", 16).put("runsPerPoint", 2);
        sob.putObject("factors").putObject("contractStrength").put("first", 1.44).put("total", 0.9).put("firstLow", -3.2)
                .put("firstHigh", 98864.0).put("totalLow", 0.1).put("totalHigh", 2.5);
        ArrayNode sched = sim.putArray("parameterSchedule");
        sched.addObject().put("phase", "p1").putObject("parameters").put("contractStrength", 0.684).put("administrativePressure", 0.026)
                .put("mutation", 0.02);
        sched.addObject().put("phase", "p2").putObject("parameters").put("contractStrength", 0.667).put("administrativePressure", 0.107)
                .put("mutation", 0.02);
        Document en = Jsoup.parse(SimulationPage.render(sim, Language.EN));
        org.jsoup.nodes.Element row = en.select("#sim-fit tbody tr").get(2);
        assertThat(row.select("td").get(0).text()).isEqualTo("government share of initiations");
        assertThat(row.select("td").get(1).text()).isEqualTo("0.800");
        assertThat(row.select("td").get(2).text()).isEqualTo("0.648");
        assertThat(en.select("#sim-fit tbody tr").get(0).select("td").get(0).text()).isEqualTo("co-decision");
        assertThat(en.select("#sim-sensitivity thead th").eachText()).containsExactly("parameter", "first-order S", "95 % bootstrap interval",
                "total ST", "95 % bootstrap interval");
        assertThat(en.select("#sim-sensitivity td.interval").eachText()).containsExactly("-3.20 – 98864.00", "0.10 – 2.50");
        assertThat(en.select("#sim-parameters p.dated").text()).contains("each phase under its own constraints");
        assertThat(en.select("#sim-parameters thead th.phase").eachText()).containsExactly("in force in p1", "in force in p2");
        assertThat(en.select("#sim-parameters tbody tr").get(0).select("td").eachText()).startsWith("0.49", "0.68", "0.67");
        Document zh = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(zh.select("#sim-fit tbody tr").get(2).select("td").get(0).text()).isEqualTo("政府发起事件占比");
        // an estimator written by the calibration is given in the page's language; a value set says so, not "default"
        ArrayNode est = sim.putArray("estimates");
        est.addObject().put("name", "administrativePressure").put("value", 0.077)
                .put("estimator", "p1–p3: supervision events / mean government actors / years").put("basis", 9).put("estimated", true);
        est.addObject().put("name", "contractStrength").put("value", 0.8).put("estimator", "set to 0.8 (not estimated)").put("basis", 0)
                .put("estimated", false);
        est.addObject().put("name", "mutation").put("value", 0.02).put("estimator", "not observable").put("basis", 0).put("estimated", false);
        ((ObjectNode) sim.get("parameters")).put("contractStrength", 0.8);
        Document zh2 = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(zh2.select("#sim-parameters tbody tr").eachText()).anySatisfy(t -> assertThat(t)
                .startsWith("administrativePressure").endsWith("p1–p3：监督事件（考核、检查）/ 各阶段政府主体平均数 / 年数"));
        assertThat(zh2.select("#sim-parameters tbody tr").eachText()).anySatisfy(t -> assertThat(t)
                .startsWith("contractStrength").endsWith("设为 0.80（非估计值）"));
        assertThat(Jsoup.parse(SimulationPage.render(sim, Language.EN)).select("#sim-parameters tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).endsWith("p1–p3: supervision events / mean government actors / years"))
                .anySatisfy(t -> assertThat(t).startsWith("contractStrength").endsWith("set to 0.80 (not estimated)"))
                .anySatisfy(t -> assertThat(t).startsWith("mutation").endsWith("not observable in a coded case: the default"));
        assertThat(zh.select("#sim-parameters thead th.phase").eachText()).containsExactly("p1 阶段生效", "p2 阶段生效");
        // the calibration's cautions (thin estimates) are listed under the parameters, and absent when there are none
        assertThat(Jsoup.parse(SimulationPage.render(sim, Language.EN)).select("#sim-parameters .cautions")).isEmpty();
        sim.putArray("cautions").add("contractTerm rests on 2 contract ties (fewer than 3)");
        Document thin = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(thin.select("#sim-parameters .cautions li").eachText()).containsExactly("contractTerm rests on 2 contract ties (fewer than 3)");
        assertThat(thin.select("#sim-parameters .cautions p").text()).startsWith("以下估计所依据的编码事件较少");
        // without a schedule of more than one phase: no per-phase columns, no note
        sim.putArray("parameterSchedule").addObject().put("phase", "p1");
        assertThat(Jsoup.parse(SimulationPage.render(sim, Language.EN)).select("#sim-parameters th.phase, #sim-parameters p.dated")).isEmpty();
        // a preset's page does not speak of a coded case it has not
        sim.remove("coded");
        Document preset = Jsoup.parse(SimulationPage.render(sim, Language.ZH));
        assertThat(preset.select("#sim-side h2").text()).isEqualTo("情景的结果");
        assertThat(preset.select("#sim-paths p.note").text()).doesNotContain("编码案例");
        // the one-parameter chart's series are the models' words in the page's language, undetermined included
        ObjectNode one = document(3);
        ((ArrayNode) one.path("sweep").path("axes")).remove(1);
        String html = SimulationPage.render(one, Language.ZH);
        assertThat(html).contains("\"model.undetermined\":\"" + "未定").contains("\"model.market\":\"市场主导型\"");
        assertThat(Jsoup.parse(html).select("#sim-sweep p.note").text()).doesNotContain("热图");
    }

    @Test
    void everySimulationLabelHasItsChineseTextAndBadDocumentsAreRefused() throws Exception {
        java.util.Properties en = properties("messages.properties");
        java.util.Properties zh = properties("messages_zh.properties");
        long simKeys = en.stringPropertyNames().stream().filter(k -> k.startsWith("sim.")).count();
        assertThat(simKeys).isGreaterThan(30);
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("sim.")) {
                assertThat(zh.getProperty(k)).as(k).isNotNull().isNotEqualTo(en.getProperty(k));
            }
        }
        assertThatThrownBy(() -> SimulationPage.render(M.createObjectNode().put("schema", "glassbox.analysis/1"), Language.EN))
                .hasMessageContaining("not a glassbox.simulation/1 document");
    }

    private static java.util.Properties properties(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = new java.io.InputStreamReader(SimulationPage.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chromiumDrawsTheTrajectoriesThePhaseDiagramAndTheBars() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping");
        Path html = Path.of("target", "simulation-page", "sim.html");
        Files.createDirectories(html.getParent());
        Files.writeString(html, SimulationPage.render(document(9), Language.EN), StandardCharsets.UTF_8);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, "window.__glassboxSim && window.__glassboxSim.ready", Duration.ofSeconds(60));
            assertThat(b.consoleErrors()).isEmpty();
            JsonNode drawn = b.evaluate("window.__glassboxSim.drawn");
            assertThat(drawn.path("paths").path("phases").asInt()).isEqualTo(3);
            assertThat(drawn.path("paths").path("series").asInt()).isEqualTo(8);
            assertThat(drawn.path("sweep").path("kind").asText()).isEqualTo("heatmap");
            assertThat(drawn.path("sweep").path("cells").asInt()).isEqualTo(6);
            assertThat(drawn.path("sensitivity").path("factors").asInt()).isEqualTo(6);
        }
    }
}
