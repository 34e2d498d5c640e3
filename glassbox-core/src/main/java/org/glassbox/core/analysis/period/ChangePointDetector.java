package org.glassbox.core.analysis.period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Change points in a sequence of categorical observations with times: PELT (Killick, Fearnhead
 * &amp; Eckley 2012) on the multinomial likelihood of each segment's category counts.
 *
 * <p><b>Definition.</b> The cost of a segment with category counts n<sub>1..K</sub> (n in all) is its
 * negative maximised multinomial log-likelihood C = −Σ<sub>k</sub> n<sub>k</sub> ln(n<sub>k</sub>/n).
 * The segmentation minimises Σ C(segment) + β · (number of boundaries), every segment holding at least
 * {@code minSegmentSize} observations. The default β is BIC's (K−1)/2 · ln N ({@link #bicPenalty}).
 * Each boundary is reported with its gain C(before ∪ after) − C(before) − C(after) and the categories
 * whose shares moved most across it.
 *
 * <p><b>Time and partial dates.</b> Observations must be sorted by start time. A boundary may only
 * fall between observations that are certainly ordered: before observation k only when every
 * earlier observation's span ends at or before k's start (so an event dated {@code 2018} is never
 * put before one dated {@code 2018-06-30}). Observations with equal start times stay together.
 *
 * <p><b>Scale.</b> Admissible positions are grouped into at most {@code maxBlocks} blocks of about
 * equal size (boundaries then fall on block edges); cost O(B² K) worst case, near O(B K) with PELT's
 * pruning, for B blocks and K categories, plus O(N) to read the input. Reusable for any categorical
 * sequence (e.g. the process engine's activities); it knows nothing of cases.
 */
public final class ChangePointDetector {
    private final int n;
    private final int k;
    private final List<String> names;
    private final double penalty;
    private final int[] pos;
    private final int[] prefix;
    private final long[] starts;
    private final List<ChangePoint> changePoints;

    /**
     * @param starts         start time of each observation, ascending (UTC epoch ms or any ordered axis)
     * @param endsExclusive  end of each observation's time span (exclusive), or null for instants
     * @param categories     category code of each observation, 0 ≤ code < categoryNames.size()
     * @param categoryNames  name of each category code (used in the reported shifts)
     * @param penalty        β ≥ 0, the cost of one more boundary
     * @param minSegmentSize least observations per segment, ≥ 1
     * @param maxBlocks      most candidate blocks (≥ 2); larger inputs are grouped
     */
    public ChangePointDetector(long[] starts, long[] endsExclusive, int[] categories, List<String> categoryNames,
                               double penalty, int minSegmentSize, int maxBlocks) {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(categories, "categories");
        this.names = List.copyOf(categoryNames);
        this.n = starts.length;
        this.k = names.size();
        if (categories.length != n || (endsExclusive != null && endsExclusive.length != n)) {
            throw new IllegalArgumentException("starts, ends and categories must have the same length");
        }
        if (!(penalty >= 0) || minSegmentSize < 1 || maxBlocks < 2) {
            throw new IllegalArgumentException("penalty ≥ 0, minSegmentSize ≥ 1, maxBlocks ≥ 2 required");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("observations must be sorted by start; " + i + " is earlier than " + (i - 1));
            }
            if (categories[i] < 0 || categories[i] >= k) {
                throw new IllegalArgumentException("category " + categories[i] + " of observation " + i + " is not in 0.." + (k - 1));
            }
        }
        this.penalty = penalty;
        this.starts = starts.clone();
        this.pos = blocks(starts, endsExclusive, n, maxBlocks);
        int b = pos.length - 1;
        prefix = new int[(b + 1) * k];
        int blk = 0;
        int[] run = new int[k];
        for (int i = 0; i < n; i++) {
            while (blk < b && i >= pos[blk + 1]) {
                blk++;
                System.arraycopy(run, 0, prefix, blk * k, k);
            }
            run[categories[i]]++;
        }
        while (blk < b) {
            blk++;
            System.arraycopy(run, 0, prefix, blk * k, k);
        }
        this.changePoints = n == 0 ? List.of() : pelt(minSegmentSize);
    }

    /** BIC's penalty per boundary, (K − 1)/2 · ln N (at least 1). */
    public static double bicPenalty(int categories, int observations) {
        return Math.max(1.0, (Math.max(categories, 2) - 1) / 2.0 * Math.log(Math.max(observations, 2)));
    }

    /** The boundaries found, in time order. */
    public List<ChangePoint> changePoints() {
        return changePoints;
    }

    /** The penalty used. */
    public double penalty() {
        return penalty;
    }

    /** Positions (observation indices) where segments start: 0 and each boundary. */
    public int[] segmentStarts() {
        int[] s = new int[changePoints.size() + 1];
        for (int i = 0; i < changePoints.size(); i++) {
            s[i + 1] = changePoints.get(i).index();
        }
        return s;
    }

    /** The {@code top} largest share changes between two count vectors (largest first, ties by name). */
    public static List<CategoryShift> shifts(int[] countsBefore, int[] countsAfter, List<String> names, int top) {
        double nb = sum(countsBefore);
        double na = sum(countsAfter);
        List<CategoryShift> all = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            double before = nb == 0 ? 0 : countsBefore[c] / nb;
            double after = na == 0 ? 0 : countsAfter[c] / na;
            if (before != after) {
                all.add(new CategoryShift(names.get(c), before, after));
            }
        }
        all.sort(Comparator.comparingDouble((CategoryShift s) -> -Math.abs(s.change())).thenComparing(CategoryShift::category));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    /** Multinomial cost −Σ n_k ln(n_k / n) of a vector of counts. */
    public static double cost(int[] counts) {
        double total = sum(counts);
        double c = 0;
        for (int x : counts) {
            if (x > 0) {
                c -= x * Math.log(x / total);
            }
        }
        return c;
    }

    private static double sum(int[] a) {
        double s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static int[] blocks(long[] starts, long[] ends, int n, int maxBlocks) {
        List<Integer> cand = new ArrayList<>();
        cand.add(0);
        long maxEnd = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (i > 0 && starts[i] > starts[i - 1] && maxEnd <= starts[i]) {
                cand.add(i);
            }
            long e = ends == null ? starts[i] + 1 : Math.max(ends[i], starts[i] + 1);
            maxEnd = Math.max(maxEnd, e);
        }
        if (n > 0) {
            cand.add(n);
        }
        if (cand.size() - 1 > maxBlocks) {
            List<Integer> kept = new ArrayList<>();
            kept.add(0);
            int c = 1;
            for (int j = 1; j < maxBlocks; j++) {
                long target = (long) n * j / maxBlocks;
                while (c < cand.size() - 1 && cand.get(c) < target) {
                    c++;
                }
                if (cand.get(c) > kept.get(kept.size() - 1) && cand.get(c) < n) {
                    kept.add(cand.get(c));
                }
            }
            kept.add(n);
            cand = kept;
        }
        return cand.stream().mapToInt(Integer::intValue).toArray();
    }

    private double blockCost(int a, int b) {
        double total = pos[b] - pos[a];
        double c = 0;
        int oa = a * k;
        int ob = b * k;
        for (int j = 0; j < k; j++) {
            int x = prefix[ob + j] - prefix[oa + j];
            if (x > 0) {
                c -= x * Math.log(x / total);
            }
        }
        return c;
    }

    private List<ChangePoint> pelt(int minSeg) {
        int b = pos.length - 1;
        double[] f = new double[b + 1];
        int[] last = new int[b + 1];
        java.util.Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = -penalty;
        List<Integer> r = new ArrayList<>();
        r.add(0);
        double[] costs = new double[b + 1];
        for (int t = 1; t <= b; t++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int s : r) {
                if (pos[t] - pos[s] < minSeg || f[s] == Double.POSITIVE_INFINITY) {
                    costs[s] = Double.NaN;
                    continue;
                }
                double c = blockCost(s, t);
                costs[s] = c;
                double v = f[s] + c + penalty;
                if (v < best) {
                    best = v;
                    arg = s;
                }
            }
            f[t] = best;
            last[t] = arg;
            List<Integer> next = new ArrayList<>(r.size() + 1);
            for (int s : r) {
                // prune s only when it was evaluated and can no longer be optimal (Killick et al. 2012, K = 0)
                if (Double.isNaN(costs[s]) || f[s] + costs[s] <= f[t]) {
                    next.add(s);
                }
            }
            next.add(t);
            r = next;
        }
        if (f[b] == Double.POSITIVE_INFINITY) {
            return List.of(); // fewer than minSeg observations in all: one segment
        }
        List<Integer> edges = new ArrayList<>();
        for (int t = b; t > 0; t = last[t]) {
            edges.add(0, t);
        }
        edges.add(0, 0);
        List<ChangePoint> out = new ArrayList<>();
        for (int i = 1; i < edges.size() - 1; i++) {
            int a = edges.get(i - 1);
            int m = edges.get(i);
            int z = edges.get(i + 1);
            double gain = blockCost(a, z) - blockCost(a, m) - blockCost(m, z);
            out.add(new ChangePoint(pos[m], starts[pos[m]], gain, shifts(counts(a, m), counts(m, z), names, 3)));
        }
        return List.copyOf(out);
    }

    private int[] counts(int a, int b) {
        int[] c = new int[k];
        for (int j = 0; j < k; j++) {
            c[j] = prefix[b * k + j] - prefix[a * k + j];
        }
        return c;
    }
}
