package org.glassbox.report;

import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.Provenance;
import org.glassbox.core.analysis.formalism.Coverage;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.formalism.Exemption;
import org.glassbox.core.analysis.formalism.FormalismReport;
import org.glassbox.core.analysis.mechanism.EmbeddingIds;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.mechanism.TrajectoryType;
import org.glassbox.core.analysis.outcome.ConstructionModel;
import org.glassbox.core.analysis.outcome.EvidenceLayer;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.outcome.EvolutionStep;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.outcome.StructureEvolution;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.period.PhaseBoundary;
import org.glassbox.core.analysis.period.PhaseDetection;
import org.glassbox.core.analysis.structure.AuthorityMetrics;
import org.glassbox.core.analysis.structure.BarrierMetrics;
import org.glassbox.core.analysis.structure.HierarchyMetrics;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.structure.SupervisionMetrics;
import org.glassbox.core.analysis.structure.TieBalance;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.analysis.structure.StructureVerdict;
import org.glassbox.core.analysis.subjects.BetweennessEstimate;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Mechanism;

/**
 * A hand-written analysis of {@link SampleCase} (values invented, shaped like the analyses'
 * records), so the report's verdict, mechanism and formalism sections can be tested on their own.
 */
final class SampleAnalysis {
    private SampleAnalysis() {
    }

    static CaseAnalysis of(Case kase) {
        return of(kase, StructureType.MATRIX, ConstructionModel.MARKET, TrajectoryType.INTER_EMBEDDED, 0.35, 0.62);
    }

    static CaseAnalysis of(Case kase, StructureType late, ConstructionModel model, TrajectoryType trajectory,
                           double indexStart, double indexEnd) {
        Period p1 = new Period("p1", "Platforms by contract", PeriodKind.CODED_PHASE, SampleCase.d("2016-01"),
                SampleCase.d("2017-12"), 11, List.of("e06"));
        Period p2 = new Period("p2", "One window under a joint venture", PeriodKind.CODED_PHASE, SampleCase.d("2018-01"),
                SampleCase.d("2019-12"), 14, List.of());
        Evidence dual = new Evidence("2 of 5 actors under authority hold dual authority",
                Map.of("dualAuthorityRatio", 0.4), Map.of("structure.matrix.dual_authority_min", 0.3),
                List.of(), List.of("t4", "t10", "t2", "t8"), List.of("hea", "jv"));
        PeriodAnalysis a1 = period(kase, p1, StructureType.LINEAR_FUNCTIONAL, 0.0, indexStart,
                new MechanismMix(5, 2, 3, 3, 0.5, 0.2, 0.3, Mechanism.ADMINISTRATIVE), dual);
        PeriodAnalysis a2 = period(kase, p2, late, 0.4, indexEnd,
                new MechanismMix(2, 4, 5, 3, 0.18, 0.36, 0.45, Mechanism.COLLABORATIVE), dual);
        PeriodAnalysis y = period(kase, new Period("2016", "2016", PeriodKind.YEAR, SampleCase.d("2016"),
                SampleCase.d("2016"), 5, List.of()), StructureType.LINEAR_FUNCTIONAL, 0, indexStart,
                new MechanismMix(3, 1, 0, 1, 0.75, 0.25, 0, Mechanism.ADMINISTRATIVE), dual);
        PhaseDetection det = new PhaseDetection("coded", "case.yaml", 4.8, 25, 9,
                List.of(new PhaseBoundary("p1", "p2", SampleCase.d("2018-01"), 3.1,
                        List.of(new CategoryShift("market/market", 0.1, 0.3),
                                new CategoryShift("administrative/administrative", 0.4, 0.15)))));
        StructureEvolution evo = new StructureEvolution(List.of(
                new EvolutionStep("p1", p1.name(), StructureType.LINEAR_FUNCTIONAL, Mechanism.ADMINISTRATIVE, 0, 1, indexStart),
                new EvolutionStep("p2", p2.name(), late, Mechanism.COLLABORATIVE, 0.4, 0.6, indexEnd)),
                late, late.word() + " evolution", "linear-functional → " + late.word());
        EmbeddingTrajectory tr = new EmbeddingTrajectory(trajectory, List.of("p1", "p2"), List.of(indexStart, indexEnd),
                List.of(0.5, 0.2), indexStart, Math.max(indexStart, indexEnd), indexEnd, 0.5,
                "end " + indexEnd + " ≥ 0.40 and contract strength 0.50 ≥ 0.30",
                Map.of("embedding.inter_embedded_end_min", 0.4),
                new Evidence("Embedding rises from " + indexStart + " to " + indexEnd + " under contracts",
                        Map.of("index", indexEnd, "contractStrength", 0.5), Map.of("embedding.inter_embedded_end_min", 0.4),
                        List.of("e14", "e15", "e20", "e21"), List.of("t8", "t9"), List.of("jv")));
        ModelVerdict mv = new ModelVerdict(model, Map.of(ConstructionModel.ADMINISTRATIVE, 0.2,
                ConstructionModel.MARKET, 0.7, ConstructionModel.HYBRID, 0.1), "market score 0.70 is the largest",
                Map.of(), List.of(
                        new EvidenceLink(EvidenceLayer.STRUCTURE, "market", dual),
                        new EvidenceLink(EvidenceLayer.SUBJECTS, "market", new Evidence(
                                "Enterprises initiate 40 % of the interactions in the last phase",
                                Map.of("enterpriseInitiationShare", 0.4), Map.of(), List.of("e14", "e15", "e18", "e21"),
                                List.of(), List.of("jv"))),
                        new EvidenceLink(EvidenceLayer.MECHANISM, "market", tr.evidence()),
                        new EvidenceLink(EvidenceLayer.MODEL, "market", Evidence.of("Three links point to market"))));
        Diagnostic.Status ok = Diagnostic.Status.ASSESSED;
        FormalismReport fr = new FormalismReport(List.of(
                new Diagnostic(Diagnostic.COPY_WITHOUT_DIAGNOSIS, ok, 1.0, List.of("e06"),
                        "1 of 1 adopted models had no local diagnosis in the 24 months before", new Coverage("adoptions", 1, 1, 0), List.of(),
                        Map.of("adopted", 1.0, "undiagnosed", 1.0), Map.of("formalism.diagnosis_lookback_months", 24.0)),
                new Diagnostic(Diagnostic.PLATFORM_PROLIFERATION, Diagnostic.Status.NOT_ASSESSABLE, null, List.of(),
                        "not assessable: no launched platform has a coded audience", new Coverage("platforms", 2, 0, 1),
                        List.of(new Exemption("e03", Diagnostic.PLATFORM_PROLIFERATION, "a pilot closed by plan")), Map.of(), Map.of()),
                new Diagnostic(Diagnostic.ASSESSMENT_DRIVEN_BURSTS, ok, 0.5, List.of("e04"), "1 delivery event in the 30 days before an assessment",
                        new Coverage("deliveries", 3, 2, 0), List.of(), Map.of(), Map.of("formalism.burst_window_days", 30.0)),
                new Diagnostic(Diagnostic.PEOPLE_CENTREDNESS, ok, 0.84, List.of(), "the public takes part in 4 of 25 events",
                        new Coverage("events", 25, 25, 0), List.of(), Map.of("publicEvents", 4.0), Map.of())),
                List.of(new Exemption("e03", Diagnostic.PLATFORM_PROLIFERATION, "a pilot closed by plan")));
        Provenance prov = new Provenance("test", "0123456789abcdef0123456789abcdef", Map.of("x", 1.0), 1L, "coded", 4.8);
        return new CaseAnalysis(kase.id(), kase.info().name(), prov, kase.events().size(), kase.actors().size(),
                kase.ties().size(), List.of(y), List.of(a1, a2), det, evo, tr, mv, List.of(), fr, List.of(), null);
    }

    private static PeriodAnalysis period(Case kase, Period p, StructureType type, double dualRatio, double index, MechanismMix mix,
                                         Evidence dual) {
        StructureMetrics s = new StructureMetrics(8, new HierarchyMetrics(2, 2.0, 3, 1.0), new SupervisionMetrics(6, 1, 0.17),
                new BarrierMetrics(2, 1, 0, 1.0), new AuthorityMetrics(5, 3, (int) Math.round(dualRatio * 5), 0.6, dualRatio),
                new TieBalance(10, 2, 0.2), 1, 0.1, new StructureVerdict(type, "dualAuthorityRatio " + dualRatio + " vs 0.30", Map.of(), dual));
        SubjectsMetrics sub = new SubjectsMetrics(9, Map.of("government", 4), 20, List.of(), 9,
                new BetweennessEstimate(9, 9, false, 1, 0), Map.of(), 0.6, 0.4);
        EmbeddingMetrics e = new EmbeddingMetrics(3, 2, 0.67, 4, 2, 0.5, 3, 0.4, 6, 3, 0.5, 2, 0.33, index,
                Evidence.of("embedding"), EmbeddingIds.none());
        // the network is the real one of the period (the report draws it); the metrics above are made up
        return new PeriodAnalysis(p, s, sub, mix, e, PeriodNetwork.of(kase, p));
    }
}
