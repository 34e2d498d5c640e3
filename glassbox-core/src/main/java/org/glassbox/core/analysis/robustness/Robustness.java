package org.glassbox.core.analysis.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.PeriodCounts;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.EmbeddingUnits;
import org.glassbox.core.analysis.mechanism.TrajectoryRule;
import org.glassbox.core.analysis.outcome.ModelRule;
import org.glassbox.core.analysis.structure.AuthorityMetrics;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.structure.StructureRule;
import org.glassbox.core.model.Codebook;

/**
 * The stability of the verdicts under resampling of the evidence (issue 11, item 6; docs/methods.md,
 * "Robustness").
 *
 * <p>Each resample re-weights the units every per-period count is a sum of, and re-runs the same verdict
 * rules ({@link StructureRule#classify}, {@link TrajectoryRule#classify}, {@link ModelRule#wordOf}) on the
 * re-weighted counts — the analysis itself is not re-run. The units of a period: its events (by the pattern
 * of counts each adds to, {@link EmbeddingUnits}), its government–enterprise dyads (by their layers), its
 * standing arrangements, its actors under authority (single superior, dual authority, neither) and its ties
 * (authority, lateral, other). A unit set of n ≥ {@value #SMALL_UNITS} is resampled by the bootstrap (n draws
 * with replacement; Efron &amp; Tibshirani 1993); a smaller one by leaving one unit out (resample r drops unit
 * r mod n: the jackknife, Quenouille 1956, Efron 1982), since the bootstrap of a handful of units mostly
 * measures its own noise and the reviewer's question there is "does one event decide it?". Events are
 * resampled within their phase (stratified), so the late stage pooled over phases sums the phases' resampled
 * events; its own dyads, arrangements, actors and ties are resampled from the pooled period. Coordinator shares
 * are kept as measured.
 *
 * <p>Per verdict, the agreement is the share of resamples giving the verdict's word; {@code robust} when it
 * is ≥ {@value #AGREEMENT_MIN}, {@code fragile} below, {@code insufficient} when the verdict is not decided on
 * enough evidence. Resample r draws from its own generator seeded by (seed, r), so the report is the same for
 * a seed on any number of threads. O(resamples × units).
 */
public final class Robustness {
    /** The share of agreeing resamples a robust verdict needs (a 90 % bootstrap support). */
    public static final double AGREEMENT_MIN = 0.90;
    /** Unit sets smaller than this are resampled by leaving one unit out. */
    public static final int SMALL_UNITS = 20;
    /** The default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private Robustness() {
    }

    /**
     * The stability of the verdicts of a case's phases.
     *
     * @param pooled the last k phases pooled as one period, k = 1 … phases.size() (as the model rule reads them)
     */
    public static RobustnessReport run(List<PeriodAnalysis> phases, IntFunction<PeriodAnalysis> pooled, Codebook c,
                                       int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be ≥ 1, was " + resamples);
        }
        int n = phases.size();
        List<Units> units = new ArrayList<>();
        List<PeriodCounts> baseCounts = new ArrayList<>();
        for (PeriodAnalysis p : phases) {
            units.add(new Units(p));
            baseCounts.add(PeriodCounts.of(p));
        }
        Map<Integer, Units> pooledUnits = new java.util.concurrent.ConcurrentHashMap<>();
        IntFunction<Units> poolOf = k -> pooledUnits.computeIfAbsent(k, x -> new Units(pooled.apply(x)));
        String[] base = words(baseCounts, k -> PeriodCounts.of(pooled.apply(k)), c);
        List<String> names = names(phases);

        String[][] got = new String[resamples][];
        IntStream.range(0, resamples).parallel().forEach(r -> {
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + r);
            List<int[]> events = new ArrayList<>(n);
            List<PeriodCounts> counts = new ArrayList<>(n);
            for (Units u : units) {
                int[] ev = u.drawEvents(rng, r);
                events.add(ev);
                counts.add(u.counts(ev, rng, r));
            }
            Map<Integer, PeriodCounts> done = new HashMap<>();
            IntFunction<PeriodCounts> pool = k -> {
                if (k == 1) {
                    return counts.get(n - 1);
                }
                return done.computeIfAbsent(k, x -> {
                    int[] sum = new int[EmbeddingUnits.PATTERNS];
                    for (int i = n - x; i < n; i++) {
                        int[] e = events.get(i);
                        for (int p = 0; p < sum.length; p++) {
                            sum[p] += e[p];
                        }
                    }
                    return poolOf.apply(x).counts(sum, rng, r);
                });
            };
            got[r] = words(counts, pool, c);
        });

        List<VerdictStability> out = new ArrayList<>();
        for (int v = 0; v < names.size(); v++) {
            Map<String, Integer> tally = new HashMap<>();
            for (String[] g : got) {
                tally.merge(g[v], 1, Integer::sum);
            }
            double agree = tally.getOrDefault(base[v], 0) / (double) resamples;
            VerdictStability.Status st = insufficient(names.get(v), base[v], phases, c) ? VerdictStability.Status.INSUFFICIENT
                    : agree >= AGREEMENT_MIN - 1e-12 ? VerdictStability.Status.ROBUST : VerdictStability.Status.FRAGILE;
            Map<String, Integer> sorted = new LinkedHashMap<>();
            tally.entrySet().stream().sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                    : b.getValue() - a.getValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.add(new VerdictStability(names.get(v), base[v], agree, st, sorted));
        }
        return new RobustnessReport(resamples, seed, AGREEMENT_MIN, SMALL_UNITS, out, List.of());
    }

    /** The verdicts' names: the structure type of every phase, {@code structure.late}, the trajectory, the model. */
    static List<String> names(List<PeriodAnalysis> phases) {
        List<String> names = new ArrayList<>();
        for (PeriodAnalysis p : phases) {
            names.add("structure.type@" + p.period().id());
        }
        names.add("structure.late");
        names.add("embedding.trajectory");
        names.add("model.verdict");
        return names;
    }

    /** The verdicts' words on counts, by the rules (in the order of {@link #names}). */
    static String[] words(List<PeriodCounts> phases, IntFunction<PeriodCounts> pooled, Codebook c) {
        int n = phases.size();
        String[] w = new String[n + 3];
        List<String> ids = new ArrayList<>(n);
        List<EmbeddingMetrics> emb = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PeriodCounts p = phases.get(i);
            w[i] = StructureRule.classify(p, c).type().word();
            ids.add(p.id());
            emb.add(p.embedding());
        }
        w[n] = n == 0 ? "unclassified" : w[n - 1];
        EmbeddingTrajectory tr = TrajectoryRule.classify(ids, emb, c);
        w[n + 1] = tr.word();
        w[n + 2] = ModelRule.wordOf(phases, pooled, tr, c);
        return w;
    }

    private static boolean insufficient(String name, String base, List<PeriodAnalysis> phases, Codebook c) {
        if (name.startsWith("structure.")) {
            PeriodAnalysis p = name.equals("structure.late") ? (phases.isEmpty() ? null : phases.get(phases.size() - 1))
                    : phases.stream().filter(x -> name.equals("structure.type@" + x.period().id())).findFirst().orElse(null);
            return p == null || !EvidenceWeights.actors(p.structure().authority(), c).sufficient();
        }
        return base.equals("undetermined");
    }

    /** The units of one period, as histograms (units of one kind with the same effect are interchangeable). */
    private static final class Units {
        final String id;
        final int ties;
        final int[] authority;
        final int[] tieKinds;
        final EmbeddingUnits emb;
        final EmbeddingMetrics fixed;
        final PeriodCounts measured;
        final byte[] eventFlat;
        final int[] patterns;
        final int[] layers;
        final int[] standing;

        Units(PeriodAnalysis p) {
            StructureMetrics s = p.structure();
            id = p.period().id();
            ties = s.ties();
            authority = new int[] {s.singleSuperiorActors(), s.dualAuthorityActors(),
                s.actorsUnderAuthority() - s.singleSuperiorActors() - s.dualAuthorityActors()};
            tieKinds = new int[] {s.authorityTies(), s.lateralTies(), Math.max(0, s.ties() - s.authorityTies() - s.lateralTies())};
            emb = p.embedding().units();
            fixed = p.embedding();
            measured = PeriodCounts.of(p);
            patterns = emb == null ? new int[EmbeddingUnits.PATTERNS] : emb.patterns();
            layers = emb == null ? new int[5] : emb.layers();
            standing = new int[emb == null ? 0 : emb.standing()];
            java.util.Arrays.fill(standing, 1);
            eventFlat = flat(patterns);
        }

        /** The period's events re-weighted: a histogram by pattern. */
        int[] drawEvents(SplittableRandom rng, int r) {
            return draw(patterns, eventFlat, rng, r);
        }

        /** The counts of one resample, with the events {@code events} (a histogram by pattern). */
        PeriodCounts counts(int[] events, SplittableRandom rng, int r) {
            int[] a = draw(authority, null, rng, r);
            int[] t = draw(tieKinds, null, rng, r);
            int under = a[0] + a[1] + a[2];
            AuthorityMetrics am = new AuthorityMetrics(under, a[0], a[1], under == 0 ? 0 : (double) a[0] / under,
                    under == 0 ? 0 : (double) a[1] / under);
            double lateral = t[0] == 0 ? t[1] : (double) t[1] / t[0];
            EmbeddingMetrics e = fixed;
            if (emb != null) {
                int[] l = draw(layers, null, rng, r);
                int[] st = standing.length == 0 ? standing : multiplicities(standing.length, rng, r);
                e = EmbeddingMetrics.of(emb.counts(events, l, st));
            }
            return new PeriodCounts(id, ties, am, lateral, t[0], t[1], measured.coordination(), e);
        }
    }

    /** Unit → its bucket, for the bootstrap's direct draws (null when the set is small). */
    private static byte[] flat(int[] hist) {
        long n = 0;
        for (int h : hist) {
            n += h;
        }
        if (n < SMALL_UNITS || hist.length > 128 || n > Integer.MAX_VALUE) {
            return null;
        }
        byte[] f = new byte[(int) n];
        int k = 0;
        for (int b = 0; b < hist.length; b++) {
            for (int i = 0; i < hist[b]; i++) {
                f[k++] = (byte) b;
            }
        }
        return f;
    }

    /**
     * A histogram of units re-weighted: n draws with replacement (the bootstrap), or, for n &lt;
     * {@value #SMALL_UNITS}, all units but unit r mod n (leave one out).
     */
    static int[] draw(int[] hist, byte[] flat, SplittableRandom rng, int r) {
        int n = 0;
        for (int h : hist) {
            n += h;
        }
        int[] out = new int[hist.length];
        if (n == 0) {
            return out;
        }
        if (n < SMALL_UNITS) {
            System.arraycopy(hist, 0, out, 0, hist.length);
            int u = r % n;
            for (int b = 0; b < hist.length; b++) {
                if (u < hist[b]) {
                    out[b]--;
                    break;
                }
                u -= hist[b];
            }
            return out;
        }
        if (flat != null) {
            for (int i = 0; i < n; i++) {
                out[flat[rng.nextInt(n)]]++;
            }
            return out;
        }
        int[] cum = new int[hist.length];
        int s = 0;
        for (int b = 0; b < hist.length; b++) {
            s += hist[b];
            cum[b] = s;
        }
        for (int i = 0; i < n; i++) {
            int u = rng.nextInt(n);
            // the first bucket whose cumulative count exceeds u
            int lo = 0;
            int hi = cum.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[lo]++;
        }
        return out;
    }

    /** Multiplicities of n distinct units (each its own bucket). */
    private static int[] multiplicities(int n, SplittableRandom rng, int r) {
        int[] ones = new int[n];
        java.util.Arrays.fill(ones, 1);
        return draw(ones, null, rng, r);
    }
}
