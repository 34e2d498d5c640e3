/**
 * Glassbox's core: the framework's model and every analysis, JDK and JGraphT only.
 *
 * <p>Exported: the packages other modules call — facades ({@code Glassbox}, {@code ShownPeriods},
 * {@code ProcessMining}, {@code CaseGenerator}) and the model and result records they take and
 * return. Not exported: {@code org.glassbox.core.analysis.facts}, the resolved case and period
 * slices the analyses read internally. {@code ModuleBoundaryTest} fails when another module imports
 * a class of a package not exported here.
 */
module org.glassbox.core {
    requires org.jgrapht.core;

    /** the case model: cases, actors, ties, events, codebook (every module reads and builds cases) */
    exports org.glassbox.core.model;
    /** the analysis facade (Glassbox, AnalysisOptions, ShownPeriods) and the case-level results */
    exports org.glassbox.core.analysis;
    /** results of the layers: structure (metrics, verdicts, the period network) */
    exports org.glassbox.core.analysis.structure;
    /** results of the layers: subjects (positions, brokerage, betweenness estimates) */
    exports org.glassbox.core.analysis.subjects;
    /** results of the layers: mechanism mix, embedding and its trajectory */
    exports org.glassbox.core.analysis.mechanism;
    /** results over the phases: evolution, construction model, evidence chain, indicators */
    exports org.glassbox.core.analysis.outcome;
    /** periods and phase detection results (Period, PhaseDetection, PhaseBoundary) */
    exports org.glassbox.core.analysis.period;
    /** digital-formalism diagnostics */
    exports org.glassbox.core.analysis.formalism;
    /** threshold-sensitivity results */
    exports org.glassbox.core.analysis.sensitivity;
    /** the stability of the verdicts under resampling and data-side exclusions */
    exports org.glassbox.core.analysis.robustness;
    /** the process-mining facade (ProcessMining) and its results */
    exports org.glassbox.core.process;
    /** inter-coder agreement (Krippendorff's alpha and its bootstrap), the facade the agreement command calls */
    exports org.glassbox.core.agreement;
    /** agreement between two codings of a case, and its report */
    exports org.glassbox.core.agreement.cases;
    /** the synthetic case generator (used by the CLI's generate command and the benchmarks) */
    exports org.glassbox.core.generate;
}
