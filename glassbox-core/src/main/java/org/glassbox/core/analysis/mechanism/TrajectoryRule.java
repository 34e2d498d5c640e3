package org.glassbox.core.analysis.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.model.Codebook;

/**
 * The embedding trajectory over the phases (FRAMEWORK.md, suggested operationalisation), rules in order:
 * <ol>
 * <li>{@code never-embedded} when the peak index &lt; {@code embedding.never_embedded_max};</li>
 * <li>{@code de-embedded} when peak − end ≥ {@code embedding.de_embedded_drop_min} and administrative
 *     dominance in the last phase exceeds that of the peak phase;</li>
 * <li>{@code inter-embedded} when end ≥ {@code embedding.inter_embedded_end_min}, end ≥ start and the last
 *     phase's contract strength ≥ {@code embedding.inter_embedded_contract_strength_min};</li>
 * <li>{@code embedded} otherwise.</li>
 * </ol>
 * "Administrative dominance" is read from the pattern (government-initiated events with enterprises
 * only as targets, {@link EmbeddingMetrics#administrativeDominance()}), not from the mechanism mix, so
 * relabelling mechanisms cannot flip the trajectory. With no phase: never-embedded.
 */
public final class TrajectoryRule {
    public static final String NEVER_MAX = "embedding.never_embedded_max";
    public static final String DROP_MIN = "embedding.de_embedded_drop_min";
    public static final String END_MIN = "embedding.inter_embedded_end_min";
    public static final String CONTRACT_MIN = "embedding.inter_embedded_contract_strength_min";

    /** Comparisons allow this much rounding error (so 0.60 − 0.45 counts as a drop of 0.15). */
    static final double EPS = 1e-9;

    private TrajectoryRule() {
    }

    public static Map<String, Double> thresholds(Codebook c) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : new String[] {NEVER_MAX, DROP_MIN, END_MIN, CONTRACT_MIN}) {
            m.put(k, c.threshold(k));
        }
        return m;
    }

    public static EmbeddingTrajectory classify(List<String> phaseIds, List<EmbeddingMetrics> phases, Codebook c) {
        Map<String, Double> th = thresholds(c);
        int n = phases.size();
        List<Double> index = new ArrayList<>();
        List<Double> dominance = new ArrayList<>();
        for (EmbeddingMetrics m : phases) {
            index.add(m.index());
            dominance.add(m.administrativeDominance());
        }
        if (n == 0) {
            return new EmbeddingTrajectory(TrajectoryType.NEVER_EMBEDDED, phaseIds, index, dominance, 0, 0, 0, 0,
                    "no phase to read", th, Evidence.of("the case has no phase"));
        }
        int peakAt = 0;
        for (int i = 1; i < n; i++) {
            if (index.get(i) > index.get(peakAt)) {
                peakAt = i;
            }
        }
        double start = index.get(0);
        double peak = index.get(peakAt);
        double end = index.get(n - 1);
        double csEnd = phases.get(n - 1).contractStrength();
        double domEnd = dominance.get(n - 1);
        double domPeak = dominance.get(peakAt);
        TrajectoryType type;
        String rule;
        if (peak < th.get(NEVER_MAX) - EPS) {
            type = TrajectoryType.NEVER_EMBEDDED;
            rule = "peak index " + f(peak) + " < " + f(th.get(NEVER_MAX));
        } else if (peak - end >= th.get(DROP_MIN) - EPS && domEnd > domPeak + EPS) {
            type = TrajectoryType.DE_EMBEDDED;
            rule = "index falls " + f(peak - end) + " ≥ " + f(th.get(DROP_MIN)) + " from its peak " + f(peak) + " in "
                    + phaseIds.get(peakAt) + " to " + f(end) + " while administrative dominance rises " + f(domPeak) + " → " + f(domEnd);
        } else if (end >= th.get(END_MIN) - EPS && end >= start - EPS && csEnd >= th.get(CONTRACT_MIN) - EPS) {
            type = TrajectoryType.INTER_EMBEDDED;
            rule = "index ends at " + f(end) + " ≥ " + f(th.get(END_MIN)) + ", not below its start " + f(start)
                    + ", with contract strength " + f(csEnd) + " ≥ " + f(th.get(CONTRACT_MIN));
        } else {
            type = TrajectoryType.EMBEDDED;
            rule = "no other rule fired: peak " + f(peak) + ", end " + f(end) + ", start " + f(start) + ", contract strength "
                    + f(csEnd) + ", dominance " + f(domPeak) + " → " + f(domEnd);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("peak", peak);
        m.put("end", end);
        m.put("contractStrengthEnd", csEnd);
        m.put("dominanceAtPeak", domPeak);
        m.put("dominanceEnd", domEnd);
        EmbeddingMetrics last = phases.get(n - 1);
        Evidence e = new Evidence(type.word() + ": " + rule, m, th, last.evidence().eventIds(), last.evidence().tieIds(), List.of());
        return new EmbeddingTrajectory(type, phaseIds, index, dominance, start, peak, end, csEnd, rule, th, e);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
