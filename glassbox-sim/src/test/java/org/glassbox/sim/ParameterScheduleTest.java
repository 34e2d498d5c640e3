package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Phase;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dated constraints (docs/simulation.md §5): the per-phase estimates, when they come into force, and how a set value applies. */
class ParameterScheduleTest {
    static Case provinceA;
    static Scenario dated;

    @BeforeAll
    static void read() throws Exception {
        Path a = Path.of("..", "examples", "province-a");
        Assumptions.assumeTrue(Files.isDirectory(a), "examples not found; skipping");
        provinceA = Cases.read(a);
        dated = Simulation.calibrate(provinceA, null, true);
    }

    @Test
    void eachPhasesEntryIsThatPhasesOwnEstimateAndTheWholeWindowStaysTheReportedParameters() {
        assertThat(dated.schedule()).hasSize(3);
        // the first entry is what calibrating on the first phase alone estimates
        Parameters p1Only = Simulation.calibrate(provinceA, "p1").parameters();
        for (Parameter q : List.of(Parameter.CONTRACT_STRENGTH, Parameter.ADMINISTRATIVE_PRESSURE, Parameter.PUBLIC_PARTICIPATION,
                Parameter.SUBSIDY, Parameter.REPUTATION)) {
            assertThat(dated.schedule().get(0).get(q)).as(q.key()).isEqualTo(p1Only.get(q));
        }
        // the whole window's estimates are those of the undated calibration
        assertThat(dated.parameters()).isEqualTo(Simulation.calibrate(provinceA, null, false).parameters());
        assertThat(Simulation.calibrate(provinceA, null, false).phaseParameters()).containsExactly(dated.parameters());
        // the phases differ where the coded case changes: Province A's supervision rises after p1
        assertThat(dated.schedule().get(1).get(Parameter.ADMINISTRATIVE_PRESSURE))
                .isGreaterThan(dated.schedule().get(0).get(Parameter.ADMINISTRATIVE_PRESSURE));
        // unobservable parameters stay at their defaults in every phase
        for (Parameters p : dated.schedule()) {
            assertThat(p.get(Parameter.REVISION_RATE)).isEqualTo(Parameter.REVISION_RATE.defaultValue());
        }
        // calibrated on p1 only, the schedule is that one phase's (the later phases keep it: a prediction)
        assertThat(Simulation.calibrate(provinceA, "p1", true).phaseParameters()).containsExactly(p1Only);
    }

    @Test
    void theCodedCaseKeepsEachPhasesOwnConstraintsAndWhereTheyAloneLeadWhetherOrNotTheRunsPlayThem() {
        Scenario constant = Simulation.calibrate(provinceA, null, false);
        assertThat(constant.coded().constraints()).isEqualTo(dated.schedule());
        // Province A: its first phase's constraints alone have the market attractor only, its last phase's the
        // administrative one only — the regime change the window's constants average (docs/simulation.md §8)
        List<List<Replicator.RestPoint>> at = constant.coded().phaseAttractors();
        assertThat(at).hasSize(3);
        assertThat(at.get(0)).extracting(Replicator::word).containsExactly("market");
        assertThat(at.get(2)).extracting(Replicator::word).containsExactly("administrative");
        assertThat(Replicator.attractors(constant.parameters())).extracting(Replicator::word).containsExactly("administrative");
        // each is the Jacobian test at that phase's parameters
        for (int k = 0; k < 3; k++) {
            assertThat(at.get(k)).isEqualTo(new Replicator(Payoffs.of(dated.schedule().get(k)), Parameter.REVISION_RATE.defaultValue()).attractors());
        }
        // which phases lead elsewhere than the window: p1 (market only), not p2 — the contracts it signed alone make
        // its contract strength 0, administrative only (the stock it works under, 0.67, made it bistable) — nor p3
        assertThat(at.get(1)).extracting(Replicator::word).containsExactly("administrative");
        assertThat(constant.coded().leadsElsewhere(constant.parameters())).containsExactly(true, false, false);
        // against a window that itself leads to market only, p1 no longer leads elsewhere and p3 does
        Parameters marketWindow = dated.schedule().get(0);
        assertThat(Replicator.models(marketWindow)).containsExactly("market");
        assertThat(constant.coded().leadsElsewhere(marketWindow)).containsExactly(false, true, true);
        // calibrated on the first phase only there is one entry, the window's own
        assertThat(Simulation.calibrate(provinceA, "p1").coded().constraints()).containsExactly(Simulation.calibrate(provinceA, "p1").parameters());
    }

    @Test
    void aLaterPhasesContractStrengthCountsOnlyTheContractsItSigned() {
        double[] signed = Calibration.signedInPhase(provinceA, org.glassbox.core.analysis.Glassbox.analyze(provinceA).phases().stream()
                .map(org.glassbox.core.analysis.PeriodAnalysis::period).toList());
        // Province A's p2 works only under the extranet and cloud contracts of p1 (t14, t17): none signed in p2
        assertThat(signed[1]).isZero();
        assertThat(dated.schedule().get(1).get(Parameter.CONTRACT_STRENGTH)).isZero();
        // p3's contract-governed events fall under p3's own contracts (t38, t39, t40) and the group's equity (t33)
        assertThat(signed[2]).isEqualTo(1.0);
        assertThat(dated.schedule().get(2).get(Parameter.CONTRACT_STRENGTH)).isGreaterThan(0).isLessThan(dated.schedule().get(0).get(Parameter.CONTRACT_STRENGTH));
        // the first phase keeps the contracts that started before it (its entry is the p1-only estimate, above)
        assertThat(dated.schedule().get(0).get(Parameter.CONTRACT_STRENGTH)).isGreaterThan(0.5);
    }

    @Test
    void aSetValueReplacesTheParameterInEveryPhase() {
        Scenario s = dated.with(Parameter.CONTRACT_STRENGTH, 0.8);
        assertThat(s.schedule()).hasSize(3).allSatisfy(p -> assertThat(p.get(Parameter.CONTRACT_STRENGTH)).isEqualTo(0.8));
        assertThat(s.schedule().get(1).get(Parameter.ADMINISTRATIVE_PRESSURE))
                .isEqualTo(dated.schedule().get(1).get(Parameter.ADMINISTRATIVE_PRESSURE));
        assertThat(s.estimates()).filteredOn(e -> e.name().equals("contractStrength")).singleElement()
                .satisfies(e -> assertThat(e.estimated()).isFalse());
        assertThatThrownBy(() -> dated.withSector("government", Parameter.CONTRACT_STRENGTH, 1.5)).isInstanceOf(ParameterException.class);
    }

    @Test
    void aPhasesParametersComeIntoForceInTheMonthItStartsAndTheLastHoldsAfter() {
        // no assessment before p2, heavy supervision from p2's start; two entries for three phases: p3 keeps p2's
        Parameters quiet = dated.parameters().with(Parameter.ADMINISTRATIVE_PRESSURE, 0);
        Parameters heavy = dated.parameters().with(Parameter.ADMINISTRATIVE_PRESSURE, 12);
        List<Phase> phases = dated.initial().phases();
        long p2 = phases.get(1).start().startMillis();
        long p3 = phases.get(2).start().startMillis();
        for (long seed = 1; seed <= 3; seed++) {
            Case run = new Model(dated.initial(), List.of(quiet, heavy), Map.of(), new SplittableRandom(seed)).run().toCase("r", seed);
            EventStore ev = run.events();
            int before = 0;
            int inP2 = 0;
            int inP3 = 0;
            for (int i = 0; i < ev.size(); i++) {
                String t = ev.typeName(i);
                if (!t.equals("assessment") && !t.equals("inspection")) {
                    continue;
                }
                long at = ev.time(i);
                if (at < p2) {
                    before++;
                } else if (at < p3) {
                    inP2++;
                } else {
                    inP3++;
                }
            }
            assertThat(before).as("seed %d: assessments before p2", seed).isZero();
            assertThat(inP2).as("seed %d: assessments in p2", seed).isPositive();
            assertThat(inP3).as("seed %d: assessments in p3", seed).isPositive();
            // the run's case.yaml records each phase's parameters under flat keys
            assertThat(run.info().extra()).containsEntry("simulated.parameterSchedule.p1.administrativePressure", "0")
                    .containsEntry("simulated.parameterSchedule.p2.administrativePressure", "12")
                    .containsEntry("simulated.parameters.administrativePressure", "0");
        }
    }

    @Test
    void theJsonListsTheScheduleAndKeepsParametersAndTheMeanFieldAtTheWholeWindow() throws Exception {
        SimulationResult r = Simulation.run(dated, new Simulation.Options(2, 1, 1), null, null);
        StringWriter w = new StringWriter();
        SimulationJson.write(r, "test", w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("parameterSchedule")).hasSize(3);
        assertThat(j.get("parameterSchedule").get(1).get("phase").asText()).isEqualTo("p2");
        assertThat(j.get("parameterSchedule").get(1).get("parameters").get("administrativePressure").asDouble())
                .isEqualTo(dated.schedule().get(1).get(Parameter.ADMINISTRATIVE_PRESSURE));
        assertThat(j.get("parameters").get("contractStrength").asDouble()).isEqualTo(dated.parameters().get(Parameter.CONTRACT_STRENGTH));
        SimulationResult undated = Simulation.run(Simulation.calibrate(provinceA, null, false), new Simulation.Options(2, 1, 1), null, null);
        StringWriter u = new StringWriter();
        SimulationJson.write(undated, "test", u);
        JsonNode k = new ObjectMapper().readTree(u.toString());
        assertThat(k.get("parameterSchedule")).hasSize(1);
        assertThat(j.get("meanField")).isEqualTo(k.get("meanField"));
    }

    @Test
    void aHorizonThatDropsPhasesDropsTheirScheduleAndTheirEstimates() throws Exception {
        // --years 2 keeps p1 of Province A (2014–2015): one entry, named, and no estimate of a phase not played
        Scenario two = Simulation.horizon(dated, 2);
        assertThat(two.phaseParameters()).containsExactly(dated.schedule().get(0));
        assertThat(two.estimates()).extracting(Estimate::name).anyMatch(n -> n.startsWith("schedule.p1."))
                .noneMatch(n -> n.startsWith("schedule.p2.") || n.startsWith("schedule.p3."));
        assertThat(dated.estimates()).extracting(Estimate::name).anyMatch(n -> n.startsWith("schedule.p3."));
        StringWriter w = new StringWriter();
        SimulationJson.write(Simulation.run(two, new Simulation.Options(2, 1, 1), null, null), "test", w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("parameterSchedule")).hasSize(1);
        assertThat(j.get("parameterSchedule").get(0).get("phase").asText()).isEqualTo("p1");
        assertThat(j.get("paths").get("phases")).hasSize(1);
        // a horizon within the phases keeps every entry
        assertThat(Simulation.horizon(dated, 9).phaseParameters()).isEqualTo(dated.schedule());
    }
}
