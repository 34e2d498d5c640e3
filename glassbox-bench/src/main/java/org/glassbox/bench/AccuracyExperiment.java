package org.glassbox.bench;

import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Case;

/**
 * Accuracy of the verdicts on synthetic cases with known ground truth (issue 3, item 8): for each
 * noise level, 200 cases (100 drawn from the administrative process, 100 from the market process;
 * seeds 1..100; both processes draw event types from the same distribution), analysed with the
 * default options; prints the share whose construction model, late structure and embedding
 * trajectory equal the generating process's ({@code generated.expected.*} in case.yaml).
 * Run: {@code ./bench accuracy [EVENTS ACTORS NOISE...]} (default 2,000 events, 150 actors, noise 0.1 and 0.3).
 */
public final class AccuracyExperiment {
    private AccuracyExperiment() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        double[] noises = args.length > 2 ? new double[args.length - 2] : new double[] {0.1, 0.3};
        for (int i = 2; i < args.length; i++) {
            noises[i - 2] = Double.parseDouble(args[i]);
        }
        int perProcess = 100;
        AnalysisOptions o = AnalysisOptions.defaults();
        System.out.printf(Locale.ROOT, "accuracy experiment: %d cases per noise level (%d per process), %,d events, %d actors each%n",
                2 * perProcess, perProcess, events, actors);
        System.out.println("| noise | process | cases | model correct | structure.late correct | trajectory correct |");
        System.out.println("|---|---|---|---|---|---|");
        for (double noise : noises) {
            int allModel = 0;
            int all = 0;
            for (GeneratingProcess p : GeneratingProcess.values()) {
                int model = 0;
                int structure = 0;
                int trajectory = 0;
                for (int seed = 1; seed <= perProcess; seed++) {
                    Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, actors).withSeed(seed).withProcess(p).withNoise(noise));
                    Map<String, String> truth = c.info().extra();
                    CaseAnalysis a = Glassbox.analyze(c, o);
                    model += a.model().word().equals(truth.get("generated.expected.model")) ? 1 : 0;
                    structure += a.structureLate().word().equals(truth.get("generated.expected.structure")) ? 1 : 0;
                    trajectory += a.trajectory().word().equals(truth.get("generated.expected.trajectory")) ? 1 : 0;
                }
                allModel += model;
                all += perProcess;
                System.out.printf(Locale.ROOT, "| %.2f | %s | %d | %.1f %% | %.1f %% | %.1f %% |%n", noise, p.word(), perProcess,
                        100.0 * model / perProcess, 100.0 * structure / perProcess, 100.0 * trajectory / perProcess);
            }
            System.out.printf(Locale.ROOT, "| %.2f | both | %d | **%.1f %%** | | |%n", noise, all, 100.0 * allModel / all);
        }
    }
}
