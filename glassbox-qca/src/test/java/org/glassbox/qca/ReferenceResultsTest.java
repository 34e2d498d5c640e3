package org.glassbox.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;
import org.glassbox.qca.truth.TruthTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of ../shared/data/qca/expected/*.json against our result for the same call (the R
 * call is in each file; its translation to our API is registered below, one line per file).
 */
class ReferenceResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Consumer<JsonNode>> CALLS = new HashMap<>();

    static Stream<String> expectedFiles() throws IOException {
        if (!SharedData.present()) return Stream.of("<shared data absent>");
        try (Stream<Path> s = Files.list(SharedData.qcaDir().resolve("expected"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void matchesReference(String file) throws IOException {
        Path dir = SharedData.requireQcaDir().resolve("expected");
        JsonNode root = JSON.readTree(dir.resolve(file).toFile());
        String id = root.get("id").asText();
        Consumer<JsonNode> call = CALLS.get(id);
        assertNotNull(call, "no translation registered for " + id + ": " + root.get("call").asText());
        call.accept(root.get("result"));
    }

    @Test
    void everyRegisteredCallHasAFile() throws IOException {
        List<String> files = expectedFiles().toList();
        for (String id : CALLS.keySet()) assertTrue(files.isEmpty() || files.contains("<shared data absent>") || files.contains(id + ".json"), id);
    }

    // ---- truth tables ------------------------------------------------------------------------

    static TruthTableOptions tt(double incl1, double incl0, int nCut, double priCut) {
        return new TruthTableOptions(incl1, incl0, nCut, priCut, Set.of());
    }

    static void truthTable(JsonNode r, String dataset, String outcome, List<String> conds, TruthTableOptions o) {
        TruthTable t = Qca.truthTable(SharedData.dataset(dataset), outcome, conds, o);
        assertEquals(ExpectedJson.strings(r.get("conditions")), t.conditions(), "conditions");
        List<Integer> lv = new ArrayList<>();
        for (int l : t.levels()) lv.add(l);
        List<Integer> elv = new ArrayList<>();
        for (JsonNode n : r.get("noflevels")) elv.add(n.asInt());
        assertEquals(elv, lv, "levels");
        for (int j = 0; j < t.conditions().size(); j++) {
            assertEquals(r.get("fuzzy").get(j).asBoolean(), t.data().fuzzy()[j], "fuzzy " + t.conditions().get(j));
        }
        assertEquals(r.get("multivalue").asBoolean(), t.data().multivalue(), "multivalue");
        List<Long> observed = new ArrayList<>();
        for (JsonNode n : r.get("observed_rows")) observed.add(n.asLong());
        assertEquals(observed, t.rows().stream().map(TruthTableRow::number).toList(), "observed rows");
        assertEquals(r.get("rows").size(), t.size(), "complete size");
        for (JsonNode e : r.get("rows")) {
            long num = e.get("row").asLong();
            TruthTableRow row = t.row(num);
            String w = "row " + num;
            int[] cfg = t.configuration(num);
            for (int j = 0; j < cfg.length; j++) assertEquals(e.get("config").get(t.conditions().get(j)).asText(), Integer.toString(cfg[j]), w + " config");
            if (e.get("n").asInt() == 0) {
                assertNull(row, w + " should be a remainder");
                assertEquals("?", e.get("OUT").asText(), w);
                continue;
            }
            assertNotNull(row, w + " should be observed");
            assertEquals(e.get("OUT").asText(), row.out(), w + " OUT");
            assertEquals(e.get("n").asInt(), row.n(), w + " n");
            ExpectedJson.number(w + " incl", e.get("incl"), row.incl());
            ExpectedJson.number(w + " PRI", e.get("PRI"), row.pri());
            assertEquals(e.get("cases").asText(), String.join(",", row.cases()), w + " cases");
        }
    }

    // ---- minimisation ------------------------------------------------------------------------

    static void minimize(JsonNode r, String dataset, String outcome, List<String> conds, TruthTableOptions o, MinimizeOptions m) {
        MinimizationResult res = Qca.minimize(SharedData.dataset(dataset), outcome, conds, o, m);
        ExpectedJson.minimization(r, res);
    }

    private static final List<String> ALL = List.of();
    private static final List<String> LM4 = List.of("DEV", "URB", "LIT", "IND");

    static {
        CALLS.put("LC_tt", r -> truthTable(r, "LC", "SURV", ALL, tt(1, 1, 1, 0)));
        CALLS.put("LC_tt_complete", r -> truthTable(r, "LC", "SURV", ALL, tt(1, 1, 1, 0)));
        CALLS.put("LM_tt", r -> truthTable(r, "LM", "SURV", LM4, tt(1, 1, 1, 0)));
        CALLS.put("LM_tt_ncut2", r -> truthTable(r, "LM", "SURV", ALL, tt(1, 1, 2, 0)));
        CALLS.put("LF_tt", r -> truthTable(r, "LF", "SURV", ALL, tt(0.8, 0.8, 1, 0)));
        CALLS.put("LF_tt_complete", r -> truthTable(r, "LF", "SURV", ALL, tt(0.8, 0.8, 1, 0)));
        CALLS.put("LF_tt_pricut", r -> truthTable(r, "LF", "SURV", ALL, tt(0.8, 0.8, 1, 0.75)));
        CALLS.put("LF_tt_neg", r -> truthTable(r, "LF", "~SURV", ALL, tt(0.8, 0.8, 1, 0)));
        CALLS.put("CVF_tt", r -> truthTable(r, "CVF", "PROTEST", ALL, tt(0.8, 0.8, 1, 0)));
        CALLS.put("CVF_tt_contr", r -> truthTable(r, "CVF", "PROTEST", ALL, tt(0.8, 0.75, 1, 0)));
        CALLS.put("CVF_tt_neg", r -> truthTable(r, "CVF", "~PROTEST", ALL, tt(0.8, 0.8, 1, 0)));

        TruthTableOptions one = TruthTableOptions.defaults();
        TruthTableOptions p8 = one.withInclCut(0.8);
        MinimizeOptions cx = MinimizeOptions.complex();
        MinimizeOptions ps = MinimizeOptions.parsimonious();
        CALLS.put("LC_complex", r -> minimize(r, "LC", "SURV", ALL, one, cx));
        CALLS.put("LC_pars", r -> minimize(r, "LC", "SURV", ALL, one, ps));
        CALLS.put("LC_neg_complex", r -> minimize(r, "LC", "~SURV", ALL, one, cx));
        CALLS.put("LC_neg_pars", r -> minimize(r, "LC", "~SURV", ALL, one, ps));
        CALLS.put("LC_inter_direxp", r -> minimize(r, "LC", "SURV", ALL, one, MinimizeOptions.intermediate("DEV, URB, LIT, IND, STB")));
        CALLS.put("LM_complex", r -> minimize(r, "LM", "SURV", LM4, one, cx));
        CALLS.put("LM_pars", r -> minimize(r, "LM", "SURV", LM4, one, ps));
        CALLS.put("LM_neg_complex", r -> minimize(r, "LM", "~SURV", LM4, one, cx));
        CALLS.put("LM_neg_pars", r -> minimize(r, "LM", "~SURV", LM4, one, ps));
        CALLS.put("LM5_pars", r -> minimize(r, "LM", "SURV", ALL, one, ps));
        CALLS.put("LF_complex", r -> minimize(r, "LF", "SURV", ALL, p8, cx));
        CALLS.put("LF_pars", r -> minimize(r, "LF", "SURV", ALL, p8, ps));
        CALLS.put("LF_inter", r -> minimize(r, "LF", "SURV", ALL, p8, MinimizeOptions.intermediate("DEV, URB, LIT, IND, STB")));
        CALLS.put("LF_inter_conj", r -> minimize(r, "LF", "SURV", ALL, p8, MinimizeOptions.intermediate("DEV, STB, ~LIT*IND")));
        CALLS.put("LF_inter_mixed", r -> minimize(r, "LF", "SURV", ALL, p8, MinimizeOptions.intermediate("DEV, ~URB, LIT, ~IND, STB")));
        CALLS.put("LF_neg_pars", r -> minimize(r, "LF", "~SURV", ALL, p8, ps));
        CALLS.put("LF_neg_inter", r -> minimize(r, "LF", "~SURV", ALL, p8, MinimizeOptions.intermediate("~DEV, ~URB, ~LIT, ~IND, ~STB")));
        CALLS.put("CVF_complex", r -> minimize(r, "CVF", "PROTEST", ALL, p8, cx));
        CALLS.put("CVF_pars", r -> minimize(r, "CVF", "PROTEST", ALL, p8, ps));
        CALLS.put("CVF_pars_rowdom", r -> minimize(r, "CVF", "PROTEST", ALL, p8, ps.withRowDominance(true)));
        CALLS.put("CVF_inter", r -> minimize(r, "CVF", "PROTEST", ALL, p8, MinimizeOptions.intermediate("DEMOC, ETHFRACT, GEOCON, POLDIS, ~NATPRIDE")));
        CALLS.put("CVF_methods_pars_QMC", r -> minimize(r, "CVF", "PROTEST", ALL, p8, ps));
        CALLS.put("CVF_methods_pars_eQMC", r -> minimize(r, "CVF", "PROTEST", ALL, p8, ps));
    }
}
