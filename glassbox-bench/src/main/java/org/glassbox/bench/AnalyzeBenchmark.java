package org.glassbox.bench;

import java.util.Locale;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;

/**
 * Speed of {@code analyze} (issue 3, item 9): a generated case with 1,000,000 events and 50,000
 * actors (about ten interaction partners each), analysed per year and per phase with default
 * options (betweenness from 64 seeded sampled sources on networks over 2,000 actors).
 * Run: {@code ./bench analyze [EVENTS ACTORS [RUNS]]} (BENCH_JAVA_OPTS defaults to -Xmx2g).
 * Prints the generation time, each run's wall and CPU time (the CPU time over the cores bounds the
 * wall time on an otherwise idle machine), the heap in use, and the verdicts.
 */
public final class AnalyzeBenchmark {
    private AnalyzeBenchmark() {
    }

    /** CPU time of this process (all threads), or 0 where the JVM does not say. */
    static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "analyze benchmark: %,d events, %,d actors, %d runs, %d cores, max heap %d MB%n",
                events, actors, runs, rt.availableProcessors(), rt.maxMemory() >> 20);
        long t0 = System.nanoTime();
        Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, actors));
        System.out.printf(Locale.ROOT, "generated in %.2f s: %,d events, %,d actors, %,d ties%n", (System.nanoTime() - t0) / 1e9,
                c.events().size(), c.actors().size(), c.ties().size());
        AnalysisOptions o = AnalysisOptions.defaults();
        double best = Double.MAX_VALUE;
        for (int r = 1; r <= runs; r++) {
            System.gc();
            long cpu0 = cpuNanos();
            long t = System.nanoTime();
            CaseAnalysis a = Glassbox.analyze(c, o);
            double s = (System.nanoTime() - t) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            best = Math.min(best, s);
            long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "run %d: analyze %.2f s wall, %.2f s CPU (load average %.1f; heap in use after: %d MB); %d years, %d phases; late %s, trajectory %s, model %s; betweenness %d of %d sources, sampled %s, max SE %.4f%n",
                    r, s, cpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), used, a.years().size(), a.phases().size(), a.structureLate().word(), a.trajectory().word(),
                    a.model().word(), a.phases().get(0).subjects().betweenness().sources(),
                    a.phases().get(0).subjects().betweenness().nodes(), a.phases().get(0).subjects().betweenness().sampled(),
                    a.phases().get(0).subjects().betweenness().standardError());
        }
        System.out.printf(Locale.ROOT, "best analyze time: %.2f s (target: under 60 s on 2 cores, < 2 GB heap)%n", best);
    }
}
