package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The study as a test that can fail (docs/simulation.md, "The study"): calibrated to the demo
 * cases and run forward under the default (dated) constraints, the runs end where the study says, judged by
 * Glassbox.analyze. 100 runs (seed 1), the figures docs/simulation.md §8 quotes; the heavy version is
 * {@code ./bench simulation}.
 */
class SimStudyTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    static Scenario provinceA;
    static Scenario cityB;
    static SimulationResult a;
    static List<RunOutcome> aRuns;
    static SimulationResult b;

    @BeforeAll
    static void calibrate() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("province-a")), "examples not found; skipping");
        provinceA = Simulation.calibrate(Cases.read(EXAMPLES.resolve("province-a")), null);
        cityB = Simulation.calibrate(Cases.read(EXAMPLES.resolve("city-b")), null);
        assertThat(provinceA.phaseParameters()).as("the default plays dated constraints").hasSize(3);
        Simulation.Options hundred = new Simulation.Options(100, 1, 2);
        aRuns = Simulation.outcomes(provinceA, hundred, null, null);
        a = SimulationResult.of(provinceA, hundred, aRuns, 0);
        b = Simulation.run(cityB, hundred, null, null);
    }

    @Test
    void provinceAEndsAdministrativeAndDeEmbedded() {
        // the figure: at least 80 % of the runs end administrative and de-embedded, both in the same run
        long both = aRuns.stream().filter(r -> r.model().equals("administrative") && r.trajectory().equals("de-embedded")).count();
        assertThat(both / (double) aRuns.size()).isGreaterThanOrEqualTo(0.8);
        assertThat(a.share("model", "administrative")).isGreaterThanOrEqualTo(0.8);
        assertThat(a.share("model", "market")).isLessThanOrEqualTo(0.05);
        assertThat(a.share("lateStructure", "linear-functional")).isGreaterThanOrEqualTo(0.8);
        assertThat(a.share("trajectory", "de-embedded")).isGreaterThanOrEqualTo(0.8)
                .isGreaterThan(b.share("trajectory", "de-embedded") + 0.3);
        // the embedding index falls and administrative dominance rises from the first phase to the last
        assertThat(a.phaseIndex().mean().get(2)).isLessThan(a.phaseIndex().mean().get(0) - 0.1);
        assertThat(a.phaseDominance().mean().get(2)).isGreaterThan(a.phaseDominance().mean().get(0) + 0.1);
    }

    @Test
    void cityBEndsMarketAndInterEmbedded() {
        assertThat(b.share("model", "market")).isGreaterThanOrEqualTo(0.8);
        assertThat(b.share("lateStructure", "matrix")).isGreaterThanOrEqualTo(0.8);
        assertThat(b.share("trajectory", "inter-embedded")).isGreaterThanOrEqualTo(0.7);
        assertThat(b.phaseIndex().mean().get(2)).isGreaterThan(b.phaseIndex().mean().get(0));
    }

    @Test
    void underConstantConstraintsBothCasesKeepTheStudysFiguresButProvinceAsTurnComesTooEarly() throws Exception {
        // docs/simulation.md §8: --constant-constraints plays every phase under the whole window's estimates
        Scenario constantA = Simulation.calibrate(Cases.read(EXAMPLES.resolve("province-a")), null, false);
        Scenario constantB = Simulation.calibrate(Cases.read(EXAMPLES.resolve("city-b")), null, false);
        assertThat(constantA.phaseParameters()).containsExactly(constantA.parameters());
        Simulation.Options hundred = new Simulation.Options(100, 1, 2);
        List<RunOutcome> runs = Simulation.outcomes(constantA, hundred, null, null);
        SimulationResult ra = SimulationResult.of(constantA, hundred, runs, 0);
        long both = runs.stream().filter(r -> r.model().equals("administrative") && r.trajectory().equals("de-embedded")).count();
        assertThat(both / (double) runs.size()).isGreaterThanOrEqualTo(0.8);
        SimulationResult rb = Simulation.run(constantB, hundred, null, null);
        assertThat(rb.share("model", "market")).isGreaterThanOrEqualTo(0.8);
        assertThat(rb.share("trajectory", "inter-embedded")).isGreaterThanOrEqualTo(0.7);
        // the whole case's constraints make directing pay from the first month: Province A's p2 has lost the coded
        // co-decision (0.57) that the dated constraints keep ("Known shortfalls")
        assertThat(item(ra, "p2", "coDecision").within()).isFalse();
        assertThat(item(ra, "p2", "coDecision").simulated()).isLessThan(item(a, "p2", "coDecision").simulated() - 0.1);
    }

    @Test
    void theCalibratedPhasesFitTheCodedMixAndInitiationSharesWithinTolerance() {
        // issue 15 item 2: every calibrated phase of both cases, coded vs mean simulated (100 runs, seed 1)
        for (SimulationResult r : List.of(a, b)) {
            assertThat(r.fit()).as(r.source()).hasSize(3 * 6);
            assertThat(r.fit()).as(r.source())
                    .filteredOn(f -> f.measure().startsWith("eventCategoryMix") || f.measure().endsWith("InitiationShare"))
                    .hasSize(9)
                    .allSatisfy(f -> assertThat(f.within()).as("%s %s %s: coded %.2f, simulated %.2f", r.source(), f.phase(),
                            f.measure(), f.coded(), f.simulated()).isTrue());
        }
    }

    @Test
    void eachFitFigureCarriesTheCountOfItsCodedFigureAndOneBelowItsMinimumIsNotJudged() throws Exception {
        // the analysis's evidence rule (docs/methods.md, "Evidence weight"): City B's p1 co-decision rests on 4 decision
        // events (e001, e002, e006, e010), below the minimum of 5, so the analysis does not let it vote and the fit does
        // not judge it
        org.glassbox.core.analysis.CaseAnalysis codedA = Glassbox.analyze(Cases.read(EXAMPLES.resolve("province-a")));
        org.glassbox.core.analysis.CaseAnalysis codedB = Glassbox.analyze(Cases.read(EXAMPLES.resolve("city-b")));
        org.glassbox.core.analysis.PeriodAnalysis bp1 = codedB.phases().get(0);
        FitItem bCo = item(b, "p1", "coDecision");
        assertThat(bCo.weight().n()).isEqualTo(bp1.embedding().decisionEvents()).isEqualTo(4);
        assertThat(bCo.weight().minimum()).isEqualTo(5);
        assertThat(bCo.status()).isEqualTo("insufficient");
        assertThat(bCo.coded()).isEqualTo(0.25);
        // Province A's p2 co-decision rests on 7 decision events: judged
        FitItem aCo = item(a, "p2", "coDecision");
        assertThat(aCo.weight().n()).isEqualTo(codedA.phases().get(1).embedding().decisionEvents()).isEqualTo(7);
        assertThat(aCo.judged()).isTrue();
        // the counts are the coded phases' own: initiation shares rest on the phase's events, with no minimum
        FitItem share = item(a, "p1", "governmentInitiationShare");
        assertThat(share.weight().n()).isEqualTo(codedA.phases().get(0).period().events());
        assertThat(share.weight().minimum()).isZero();
        // every other figure of both cases is judged, and within its tolerance (docs/simulation.md §8); the closest is
        // City B's p1 reciprocity, 0.399 against 0.200 ± 0.20 at seed 1 (0.36–0.39 at seeds 2–5): a change of the rules
        // that moves the run streams may push it out, and is then to be re-measured over seeds, not this bound widened
        assertThat(b.fit()).filteredOn(f -> f != bCo).allSatisfy(f -> assertThat(f.status()).as("%s %s %s: coded %.3f, simulated %.3f",
                b.source(), f.phase(), f.measure(), f.coded(), f.simulated()).isEqualTo("within"));
        assertThat(a.fit()).allSatisfy(f -> assertThat(f.status()).as("%s %s %s: coded %.3f, simulated %.3f", a.source(), f.phase(),
                f.measure(), f.coded(), f.simulated()).isEqualTo("within"));
    }

    private static FitItem item(SimulationResult r, String phase, String measure) {
        return r.fit().stream().filter(f -> f.phase().equals(phase) && f.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void raisingContractStrengthFromProvinceAsValueMovesTowardsMarket() {
        double c = provinceA.parameters().get(Parameter.CONTRACT_STRENGTH);
        List<Sweep.Cell> cells = Sweep.run(provinceA, List.of(new Sweep.Axis(Parameter.CONTRACT_STRENGTH, c, 1, 4)),
                new Simulation.Options(12, 3, 2), null);
        double first = cells.get(0).model().get("market");
        double last = cells.get(cells.size() - 1).model().get("market");
        assertThat(last).isGreaterThan(first + 0.5);
        assertThat(cells.get(cells.size() - 1).meanMarketScore()).isGreaterThan(cells.get(0).meanMarketScore());
        double threshold = Sweep.marketThreshold(cells);
        assertThat(threshold).isGreaterThan(c).isLessThanOrEqualTo(1);
        assertThat(Sweep.marketThreshold(List.of(cell(0, 0.9), cell(1, 0.7), cell(2, 0.3)))).isCloseTo(1.5, org.assertj.core.api.Assertions.within(1e-12));
        // which way the share meets one half, so that a falling share is not worded as reaching it
        assertThat(Sweep.marketCrossing(cells)).isEqualTo(Sweep.Crossing.RISES);
        assertThat(Sweep.marketCrossing(List.of(cell(0, 0.9), cell(1, 0.7), cell(2, 0.3)))).isEqualTo(Sweep.Crossing.FALLS);
        assertThat(Sweep.marketCrossing(List.of(cell(0, 1.0), cell(1, 1.0)))).isEqualTo(Sweep.Crossing.ABOVE);
        assertThat(Sweep.marketThreshold(List.of(cell(0, 1.0), cell(1, 1.0)))).isNaN();
        assertThat(Sweep.marketCrossing(List.of(cell(0, 0.0), cell(1, 0.2)))).isEqualTo(Sweep.Crossing.BELOW);
        assertThat(Sweep.marketCrossing(List.of(cell(0, 0.8), cell(1, 0.5), cell(2, 0.5)))).isEqualTo(Sweep.Crossing.FALLS);
        assertThat(Sweep.marketCrossing(List.of(cell(0, 0.5), cell(1, 0.9)))).isEqualTo(Sweep.Crossing.RISES);
    }

    @Test
    void theMeanFieldOfProvinceAHasOnlyTheAdministrativeAttractorAndCityBsHasTheMarketOne() {
        assertThat(new Replicator(Payoffs.of(provinceA.parameters())).attractors())
                .extracting(Replicator.RestPoint::x, Replicator.RestPoint::y)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0));
        assertThat(new Replicator(Payoffs.of(cityB.parameters())).attractors())
                .extracting(Replicator.RestPoint::x, Replicator.RestPoint::y)
                .contains(org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
    }

    @Test
    void theRunsEndAtTheAttractorTheMeanFieldPrintsForTheirParameters() throws Exception {
        // issue 15 item 5: the rest points of A's and B's calibrated parameters, as --json prints them, against the
        // runs' long-run shares (x = contracting governments, y = initiating enterprises in the last month)
        for (SimulationResult r : List.of(a, b)) {
            java.io.StringWriter w = new java.io.StringWriter();
            SimulationJson.write(r, "test", w);
            com.fasterxml.jackson.databind.JsonNode mf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString()).get("meanField");
            assertThat(mf.get("restPoints").size()).as(r.source()).isGreaterThanOrEqualTo(4);
            assertThat(mf.get("attractors").size()).as(r.source() + ": one attractor, outside the bistable region").isEqualTo(1);
            com.fasterxml.jackson.databind.JsonNode at = mf.get("attractors").get(0);
            assertThat(r.meanFinalContractShare()).as(r.source()).isCloseTo(at.get("x").asDouble(), org.assertj.core.api.Assertions.within(0.1));
            assertThat(r.meanFinalInitiateShare()).as(r.source()).isCloseTo(at.get("y").asDouble(), org.assertj.core.api.Assertions.within(0.1));
            for (com.fasterxml.jackson.databind.JsonNode q : mf.get("restPoints")) {
                boolean stable = q.get("kind").asText().equals("stable");
                assertThat(q.get("eigenvalues").get(0).asDouble() < 0 && q.get("eigenvalues").get(1).asDouble() < 0).isEqualTo(stable);
            }
        }
        assertThat(a.meanFinalContractShare()).isLessThan(0.1); // administrative corner
        assertThat(b.meanFinalContractShare()).isGreaterThan(0.9); // market corner
    }

    private static Sweep.Cell cell(double x, double market) {
        return new Sweep.Cell(new double[] {x}, java.util.Map.of("market", market), java.util.Map.of(), 0);
    }

    @Test
    void incentivesRankLeversPerTypeOfOrganisation() {
        Incentives.Table t = Incentives.rank(provinceA, Incentives.Target.parse("model=market"),
                new Simulation.Options(8, 4, 2), null);
        assertThat(t.baseline()).isLessThanOrEqualTo(0.25);
        assertThat(t.levers()).isNotEmpty();
        assertThat(t.levers()).extracting(Incentives.Lever::sector).contains("government", "private-enterprise");
        for (int i = 1; i < t.levers().size(); i++) {
            assertThat(t.levers().get(i).shift()).isLessThanOrEqualTo(t.levers().get(i - 1).shift());
        }
        // the government's own contract term is the strongest lever towards market in Province A
        assertThat(t.levers().get(0).sector()).isEqualTo("government");
        assertThat(t.levers().get(0).shift()).isGreaterThan(0.3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Incentives.Target.parse("formalism.peoplecentredness<0.5"))
                .hasMessageContaining("known: copy-without-diagnosis");
        assertThat(Incentives.Target.parse("formalism.people-centredness<0.5").text()).isEqualTo("formalism.people-centredness<0.5");
    }
}
