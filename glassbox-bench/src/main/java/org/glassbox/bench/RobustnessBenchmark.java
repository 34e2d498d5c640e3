package org.glassbox.bench;

import java.util.Locale;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;

/**
 * Speed of {@code analyze --robustness} (issue 11, item 6): a generated case (default 100,000 events,
 * 5,000 actors) analysed once without and once with 1,000 resamples; the difference is the resamples'
 * cost (the aim: under 60 s on 2 cores). Run: {@code ./bench robustness [EVENTS ACTORS [RESAMPLES]]}.
 * Prints wall and CPU time of both, the load average, and each verdict's agreement.
 */
public final class RobustnessBenchmark {
    private RobustnessBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "robustness benchmark: %,d events, %,d actors, %d resamples, %d cores%n", events, actors,
                resamples, rt.availableProcessors());
        Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, actors));
        AnalysisOptions plain = AnalysisOptions.defaults();
        AnalysisOptions robust = plain.toBuilder().robustness(true).resamples(resamples).build();
        Glassbox.analyze(c, plain); // warm-up
        long cpu0 = AnalyzeBenchmark.cpuNanos();
        long t0 = System.nanoTime();
        CaseAnalysis a = Glassbox.analyze(c, plain);
        double s0 = (System.nanoTime() - t0) / 1e9;
        double c0 = (AnalyzeBenchmark.cpuNanos() - cpu0) / 1e9;
        cpu0 = AnalyzeBenchmark.cpuNanos();
        t0 = System.nanoTime();
        CaseAnalysis b = Glassbox.analyze(c, robust);
        double s1 = (System.nanoTime() - t0) / 1e9;
        double c1 = (AnalyzeBenchmark.cpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "analyze: %.2f s wall, %.2f s CPU; with %d resamples: %.2f s wall, %.2f s CPU; resamples alone ≈ %.2f s wall (load average %.1f); %d phases, model %s%n",
                s0, c0, resamples, s1, c1, s1 - s0, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                a.phases().size(), a.model().word());
        b.robustness().verdicts().forEach(v -> System.out.printf(Locale.ROOT, "  %-28s %-18s %5.1f %%  %s%n", v.verdict(), v.base(),
                v.agreement() * 100, v.status().word()));
    }
}
