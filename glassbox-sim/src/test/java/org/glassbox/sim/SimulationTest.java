package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
    static final Scenario PRESET = Simulation.preset(GeneratingProcess.MARKET, 30, 6);

    @Test
    void theSameSeedGivesTheSameRunsWhateverTheNumberOfThreads() {
        List<RunOutcome> one = Simulation.outcomes(PRESET, new Simulation.Options(6, 11, 1), null, null);
        List<RunOutcome> two = Simulation.outcomes(PRESET, new Simulation.Options(6, 11, 2), null, null);
        assertThat(two).isEqualTo(one);
        List<RunOutcome> other = Simulation.outcomes(PRESET, new Simulation.Options(6, 12, 2), null, null);
        assertThat(other).isNotEqualTo(one);
        assertThat(one).extracting(RunOutcome::seed).doesNotHaveDuplicates();
    }

    @Test
    void everyRunIsAValidCaseThatTheAnalysisReadsAsTheSummarySays(@TempDir Path dir) throws Exception {
        Map<Integer, Case> cases = new ConcurrentHashMap<>();
        SimulationResult r = Simulation.run(PRESET, new Simulation.Options(4, 5, 2), (i, c) -> {
            CaseWriter.writeFolder(c, dir.resolve("run-" + i));
            cases.put(i, c);
        }, null);
        assertThat(cases).hasSize(4);
        int market = 0;
        for (int i = 0; i < 4; i++) {
            Case back = Cases.read(dir.resolve("run-" + i));
            assertThat(back.events().size()).isEqualTo(cases.get(i).events().size()).isPositive();
            CaseAnalysis a = Glassbox.analyze(back);
            market += a.model().verdict().word().equals("market") ? 1 : 0;
        }
        assertThat(r.share("model", "market")).isEqualTo(market / 4.0);
        for (Map<String, Double> dist : r.outcomes().values()) {
            assertThat(dist.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(r.outcomes().get("model")).containsOnlyKeys(SimulationResult.MODELS);
        assertThat(r.yearIndex().mean()).hasSize(r.years().size());
    }

    @Test
    void theJsonCarriesTheSchemaTheIssueStates() throws Exception {
        SimulationResult r = Simulation.run(PRESET, new Simulation.Options(3, 2, 2), null, null);
        StringWriter w = new StringWriter();
        SimulationJson.write(r, "test", w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.simulation/1");
        assertThat(j.get("runs").asInt()).isEqualTo(3);
        assertThat(j.get("seed").asLong()).isEqualTo(2);
        double sum = 0;
        for (JsonNode v : j.get("outcomes").get("model")) {
            sum += v.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(j.get("outcomes").has("lateStructure")).isTrue();
        assertThat(j.get("outcomes").has("trajectory")).isTrue();
        assertThat(j.get("parameters").get("contractStrength").asDouble()).isEqualTo(PRESET.parameters().get(Parameter.CONTRACT_STRENGTH));
    }

    @Test
    void sobolIndicesCarryTheirBootstrapIntervalsIntoTheJson() throws Exception {
        Sensitivity.Report rep = Sensitivity.sobol(PRESET, 4, new Simulation.Options(1, 5, 2), null);
        SimulationResult r = Simulation.run(PRESET, new Simulation.Options(1, 5, 2), null, null);
        StringWriter w = new StringWriter();
        SimulationJson.write(r, new SimulationJson.Studies(null, null, rep, null), "test", w);
        JsonNode f = new ObjectMapper().readTree(w.toString()).get("sensitivity").get("factors");
        assertThat(f.size()).isEqualTo(Sensitivity.FACTORS.size());
        for (JsonNode q : f) {
            assertThat(q.get("firstLow").asDouble()).isLessThanOrEqualTo(q.get("firstHigh").asDouble());
            assertThat(q.get("totalLow").asDouble()).isLessThanOrEqualTo(q.get("totalHigh").asDouble());
            assertThat(q.get("firstLow").isNumber()).isTrue();
        }
        assertThat(rep.evaluations()).isEqualTo(4 * (Sensitivity.FACTORS.size() + 2));
    }

    @Test
    void aCaseTooThinToCalibrateSaysWhichEstimatesLackData() {
        List<Actor> actors = List.of(new Actor("gov", "Gov", "government"), new Actor("dept", "Dept", "government"));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "directive", PartialDate.ofMonth(2020, 3));
        b.actor(0, Role.INITIATOR).actor(1, Role.TARGET);
        CaseInfo info = new CaseInfo("thin", "Thin", null, null, null, 2020, 2021,
                List.of(new Phase("p1", "one", PartialDate.ofYear(2020), PartialDate.ofYear(2021))), null, Map.of());
        Case c = Case.of(info, actors, List.of(), b.build(), List.of(), List.of(), Codebook.defaults());
        assertThatThrownBy(() -> Simulation.calibrate(c, null))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("no enterprise-side actor is present in the first phase p1")
                .hasMessageContaining("initial government strategies: no government-initiated event with an enterprise")
                .hasMessageContaining("contractStrength: no government–enterprise interaction event in p1");
        assertThatThrownBy(() -> Simulation.calibrate(c, "p9")).hasMessageContaining("no phase p9 in case thin; phases: p1");
    }

    @Test
    void aValueSetOverridesItsEstimateAndTheEstimatesSaySo() throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        Scenario sc = Simulation.calibrate(Cases.read(example), null);
        Estimate c = estimate(sc, "contractStrength");
        assertThat(c.estimated()).isTrue();
        Scenario set = sc.with(Parameter.CONTRACT_STRENGTH, 0.8).with(Parameter.REVISION_RATE, 0.1);
        assertThat(set.parameters().get(Parameter.CONTRACT_STRENGTH)).isEqualTo(0.8);
        assertThat(estimate(set, "contractStrength")).satisfies(e -> {
            assertThat(e.value()).isEqualTo(0.8);
            assertThat(e.estimated()).isFalse();
            assertThat(e.estimator()).isEqualTo("set to 0.8 (not estimated)");
        });
        assertThat(estimate(set, "revisionRate").value()).isEqualTo(0.1);
        // every other estimate is kept as it was
        assertThat(estimate(set, "administrativePressure")).isEqualTo(estimate(sc, "administrativePressure"));
        assertThat(set.estimates()).hasSameSizeAs(sc.estimates());
    }

    private static Estimate estimate(Scenario s, String name) {
        return s.estimates().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHorizonCutsOrExtendsThePhases() {
        Scenario s = Simulation.horizon(PRESET, 3);
        assertThat(s.initial().months()).isEqualTo(36);
        assertThat(Simulation.horizon(PRESET, 12).initial().months()).isEqualTo(144);
        assertThatThrownBy(() -> Simulation.horizon(PRESET, 0)).isInstanceOf(ParameterException.class);
    }

    @Test
    void anActorGoneBeforeTheFirstPhaseOrJoiningAfterItIsNoAgent(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        Path copy = copyOf(example, dir.resolve("province-a"));
        // an office dissolved before the case's first phase (2014-01) and one that left during it
        Files.writeString(copy.resolve("actors.csv"), "gone,Dissolved office,,government,provincial,line-department,,2013-06\n"
                + "during,Office closed in p1,,government,provincial,line-department,,2015-06\n", java.nio.file.StandardOpenOption.APPEND);
        List<String> agents = Calibration.of(Cases.read(copy), null).initial().actors().stream().map(Actor::id).toList();
        assertThat(agents).doesNotContain("gone").contains("during", "pg", "plat").doesNotContain("grp", "bdb");
    }

    @Test
    void aContractThatEndedBeforeTheCaseIsNotInItsTermButOneRunningIntoItIs(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        double base = Calibration.of(Cases.read(example), null).parameters().get(Parameter.CONTRACT_TERM);
        double ended = term(example, dir.resolve("ended"), "t90,info,tel,contract,2008-01,2012-01,s02,ended before the case\n");
        double running = term(example, dir.resolve("running"), "t90,info,tel,contract,2008-01,2015-01,s02,runs into the case\n");
        assertThat(ended).isEqualTo(base);
        assertThat(running).isGreaterThan(base);
    }

    private static double term(Path example, Path target, String tie) throws Exception {
        Path copy = copyOf(example, target);
        Files.writeString(copy.resolve("ties.csv"), tie, java.nio.file.StandardOpenOption.APPEND);
        return Calibration.of(Cases.read(copy), null).parameters().get(Parameter.CONTRACT_TERM);
    }

    /** A copy of a case folder, to be changed by a test. */
    private static Path copyOf(Path example, Path copy) throws Exception {
        Files.createDirectories(copy);
        try (var files = Files.list(example)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
