package org.glassbox.bench;

import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.generate.ScenarioFamily;
import org.glassbox.core.model.Case;

/**
 * Accuracy of the verdicts on synthetic cases with known ground truth (issue 3, item 8; issue 11, item 10): for
 * each noise level and each scenario family ({@link ScenarioFamily}: baseline, sparse late phases, coordinators of
 * both kinds, standing contracts with few events), {@code PER} cases per process (seeds 1..PER; both processes draw
 * event types from the same distribution), analysed with the default options. Per family and overall it prints
 * the accuracy of the decided model verdicts (correct / decided), the rate of {@code undetermined}, the rate of
 * {@code undetermined} among the cases whose late stage reaches the evidence minimum (events plus standing
 * arrangements' event-equivalents) and among those where, besides, every figure the model reads reaches its own
 * minimum and the trajectory is decided ({@link #everyFigureSufficient}), how many verdicts (model or
 * trajectory) were decided on evidence below the minimum (must be 0), and the accuracy of the late structure and
 * of the decided trajectories.
 * Run: {@code ./bench accuracy [EVENTS ACTORS PER NOISE...]} (default 2,000 events, 150 actors, 25 per process,
 * noise 0.1 and 0.3).
 */
public final class AccuracyExperiment {
    private AccuracyExperiment() {
    }

    /** Tallies of one family (or all). */
    private static final class Tally {
        int cases;
        int decided;
        int correct;
        int undetermined;
        int sufficient;
        int undeterminedSufficient;
        int allFigures;
        int undeterminedAllFigures;
        int belowMinimum;
        int structure;
        int trajectoryDecided;
        int trajectoryCorrect;

        void add(Tally o) {
            cases += o.cases;
            decided += o.decided;
            correct += o.correct;
            undetermined += o.undetermined;
            sufficient += o.sufficient;
            undeterminedSufficient += o.undeterminedSufficient;
            allFigures += o.allFigures;
            undeterminedAllFigures += o.undeterminedAllFigures;
            belowMinimum += o.belowMinimum;
            structure += o.structure;
            trajectoryDecided += o.trajectoryDecided;
            trajectoryCorrect += o.trajectoryCorrect;
        }

        String row(String noise, String family) {
            return String.format(Locale.ROOT, "| %s | %s | %d | %s (%d/%d) | %s | %s (%d/%d) | %s (%d/%d) | %d | %s | %s |", noise, family,
                    cases, pct(correct, decided), correct, decided, pct(undetermined, cases), pct(undeterminedSufficient, sufficient),
                    undeterminedSufficient, sufficient, pct(undeterminedAllFigures, allFigures), undeterminedAllFigures, allFigures,
                    belowMinimum, pct(structure, cases), pct(trajectoryCorrect, trajectoryDecided));
        }
    }

    /**
     * Whether every figure the model's components read on the late stage reaches its own minimum (structure: actors
     * under authority; reciprocity: initiations; co-decision: decision events; contract strength and dominance: the
     * evidence n) and the trajectory is decided — the stricter reading of "the evidence is above the minimum".
     */
    static boolean everyFigureSufficient(CaseAnalysis a) {
        var chain = a.model().evidence();
        for (int i = 0; i < 5 && i < chain.size(); i++) {
            Map<String, Double> m = chain.get(i).evidence().metrics();
            if (m.containsKey("n") && m.get("n") < m.get("minimum")) {
                return false;
            }
        }
        return a.trajectory().decided();
    }

    static String pct(int a, int b) {
        return b == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * a / b);
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int perProcess = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        double[] noises = args.length > 3 ? new double[args.length - 3] : new double[] {0.1, 0.3};
        for (int i = 3; i < args.length; i++) {
            noises[i - 3] = Double.parseDouble(args[i]);
        }
        AnalysisOptions o = AnalysisOptions.defaults();
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "accuracy experiment: %d cases per family and noise level (%d per process), %,d events, %d actors each%n",
                2 * perProcess, perProcess, events, actors);
        System.out.println("| noise | family | cases | model correct of decided | undetermined | undetermined above the minimum"
                + " | undetermined with every figure sufficient | decided below the minimum | structure.late correct | trajectory correct of decided |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (double noise : noises) {
            Tally all = new Tally();
            for (ScenarioFamily fam : ScenarioFamily.values()) {
                Tally t = new Tally();
                for (GeneratingProcess p : GeneratingProcess.values()) {
                    for (int seed = 1; seed <= perProcess; seed++) {
                        Case g = CaseGenerator.generate(CaseGenerator.Options.of(events, actors).withSeed(seed).withProcess(p).withNoise(noise));
                        Case c = fam.apply(g, seed);
                        Map<String, String> truth = c.info().extra();
                        CaseAnalysis a = Glassbox.analyze(c, o);
                        t.cases++;
                        boolean enough = a.model().late() != null && a.model().late().weight().sufficient();
                        if (a.model().decided()) {
                            t.decided++;
                            t.correct += a.model().word().equals(truth.get("generated.expected.model")) ? 1 : 0;
                            t.belowMinimum += enough ? 0 : 1;
                        } else {
                            t.undetermined++;
                        }
                        if (enough) {
                            t.sufficient++;
                            t.undeterminedSufficient += a.model().decided() ? 0 : 1;
                        }
                        if (enough && everyFigureSufficient(a)) {
                            t.allFigures++;
                            t.undeterminedAllFigures += a.model().decided() ? 0 : 1;
                        }
                        if (a.trajectory().decided()) {
                            t.trajectoryDecided++;
                            t.trajectoryCorrect += a.trajectory().word().equals(truth.get("generated.expected.trajectory")) ? 1 : 0;
                            t.belowMinimum += a.trajectory().skipped().size() == a.phases().size() ? 1 : 0;
                        }
                        t.structure += a.structureLate().word().equals(truth.get("generated.expected.structure")) ? 1 : 0;
                    }
                }
                System.out.println(t.row(String.format(Locale.ROOT, "%.2f", noise), fam.word()));
                all.add(t);
            }
            System.out.println(all.row(String.format(Locale.ROOT, "%.2f", noise), "**all**"));
        }
        System.out.printf(Locale.ROOT, "wall %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
