package org.glassbox.core.analysis.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.model.Codebook;

/**
 * The embedding trajectory over the phases (FRAMEWORK.md, suggested operationalisation).
 *
 * <p>Only phases whose index is sufficient vote: a phase with less government–enterprise evidence (events plus
 * standing arrangements, {@link EmbeddingMetrics#evidenceN()})
 * than {@code evidence.government_enterprise_events_min} is skipped and named. Over the voting phases
 * (start = first, end = last, peak = largest index), the rules in order:
 * <ol>
 * <li>{@code never-embedded} when peak &lt; {@code embedding.never_embedded_max};</li>
 * <li>{@code de-embedded} when peak − end ≥ {@code embedding.de_embedded_drop_min} and administrative
 *     dominance at the end exceeds that of the peak phase;</li>
 * <li><em>undetermined</em> (leaning de-embedded) when the index falls by that much but dominance does not
 *     rise: the framework names no such trajectory, and a collapse is never read as stable;</li>
 * <li>{@code inter-embedded} when end ≥ {@code embedding.inter_embedded_end_min}, end ≥ start and the last
 *     voting phase's contract strength ≥ {@code embedding.inter_embedded_contract_strength_min};</li>
 * <li>{@code embedded} (stable) when the index stays within the drop of its peak (peak − end &lt; drop):
 *     the rule says which inter-embedded condition failed.</li>
 * </ol>
 * With no voting phase the trajectory is undetermined, leaning to what the rules give on all phases.
 * "Administrative dominance" is read from the pattern (government-initiated events with enterprises
 * only as targets, {@link EmbeddingMetrics#administrativeDominance()}), not from the mechanism mix, so
 * relabelling mechanisms cannot flip the trajectory. With no phase: undetermined, leaning never-embedded.
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
        m.put(EvidenceWeights.GE_EVENTS_MIN, c.threshold(EvidenceWeights.GE_EVENTS_MIN));
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
                    "no phase to read", th, Evidence.of("the case has no phase"), VerdictStatus.UNDETERMINED, List.of());
        }
        int min = EvidenceWeights.minimum(c, EvidenceWeights.GE_EVENTS_MIN);
        List<Integer> voting = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> skippedWords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int ge = phases.get(i).evidenceN();
            if (ge >= min) {
                voting.add(i);
            } else {
                skipped.add(phaseIds.get(i));
                skippedWords.add(phaseIds.get(i) + " (" + ge + " government–enterprise events < " + min + ")");
            }
        }
        String skipNote = skipped.isEmpty() ? "" : "; skipped as insufficient: " + String.join(", ", skippedWords);
        if (voting.isEmpty()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            Reading lean = read(phaseIds, phases, index, dominance, all, th);
            return trajectory(lean, phaseIds, index, dominance, th, phases, VerdictStatus.UNDETERMINED, skipped,
                    "insufficient: no phase has " + min + " government–enterprise events" + skipNote
                            + "; leaning " + lean.type.word() + " (" + lean.rule + ")");
        }
        Reading r = read(phaseIds, phases, index, dominance, voting, th);
        return trajectory(r, phaseIds, index, dominance, th, phases, r.status, skipped, r.rule + skipNote);
    }

    /** What the rules give over the phases {@code at} (indices into the lists, in order). */
    private record Reading(TrajectoryType type, VerdictStatus status, String rule, int lastAt, double start, double peak,
                           double end, double csEnd, double domPeak, double domEnd) {
    }

    private static Reading read(List<String> phaseIds, List<EmbeddingMetrics> phases, List<Double> index,
                                List<Double> dominance, List<Integer> at, Map<String, Double> th) {
        int first = at.get(0);
        int last = at.get(at.size() - 1);
        int peakAt = first;
        for (int i : at) {
            if (index.get(i) > index.get(peakAt)) {
                peakAt = i;
            }
        }
        double start = index.get(first);
        double peak = index.get(peakAt);
        double end = index.get(last);
        double csEnd = phases.get(last).contractStrength();
        double domEnd = dominance.get(last);
        double domPeak = dominance.get(peakAt);
        double drop = th.get(DROP_MIN);
        boolean falls = peak - end >= drop - EPS;
        String endsIn = " (" + phaseIds.get(last) + ")";
        if (peak < th.get(NEVER_MAX) - EPS) {
            return new Reading(TrajectoryType.NEVER_EMBEDDED, VerdictStatus.DECIDED,
                    "peak index " + f(peak) + " < " + f(th.get(NEVER_MAX)), last, start, peak, end, csEnd, domPeak, domEnd);
        }
        if (falls && domEnd > domPeak + EPS) {
            return new Reading(TrajectoryType.DE_EMBEDDED, VerdictStatus.DECIDED,
                    "index falls " + f(peak - end) + " ≥ " + f(drop) + " from its peak " + f(peak) + " in "
                    + phaseIds.get(peakAt) + " to " + f(end) + endsIn + " while administrative dominance rises " + f(domPeak) + " → " + f(domEnd),
                    last, start, peak, end, csEnd, domPeak, domEnd);
        }
        if (falls) {
            return new Reading(TrajectoryType.DE_EMBEDDED, VerdictStatus.UNDETERMINED,
                    "index falls " + f(peak - end) + " ≥ " + f(drop) + " from its peak " + f(peak) + " in "
                    + phaseIds.get(peakAt) + " to " + f(end) + endsIn + " but administrative dominance does not rise ("
                    + f(domPeak) + " → " + f(domEnd) + "): a fall no rule names, not a stable embedding; leaning de-embedded",
                    last, start, peak, end, csEnd, domPeak, domEnd);
        }
        boolean endHigh = end >= th.get(END_MIN) - EPS;
        boolean notBelow = end >= start - EPS;
        boolean strong = csEnd >= th.get(CONTRACT_MIN) - EPS;
        if (endHigh && notBelow && strong) {
            return new Reading(TrajectoryType.INTER_EMBEDDED, VerdictStatus.DECIDED,
                    "index ends at " + f(end) + endsIn + " ≥ " + f(th.get(END_MIN)) + ", not below its start " + f(start)
                    + ", with contract strength " + f(csEnd) + " ≥ " + f(th.get(CONTRACT_MIN)), last, start, peak, end, csEnd, domPeak, domEnd);
        }
        List<String> why = new ArrayList<>();
        if (!endHigh) {
            why.add("end " + f(end) + " < " + f(th.get(END_MIN)));
        }
        if (!notBelow) {
            why.add("end below start " + f(start));
        }
        if (!strong) {
            why.add("contract strength " + f(csEnd) + " < " + f(th.get(CONTRACT_MIN)));
        }
        return new Reading(TrajectoryType.EMBEDDED, VerdictStatus.DECIDED,
                "stable: peak " + f(peak) + " ≥ " + f(th.get(NEVER_MAX)) + " and the index ends at " + f(end) + endsIn
                + ", within " + f(drop) + " of its peak; not inter-embedded: " + String.join(", ", why),
                last, start, peak, end, csEnd, domPeak, domEnd);
    }

    private static EmbeddingTrajectory trajectory(Reading r, List<String> phaseIds, List<Double> index, List<Double> dominance,
                                                  Map<String, Double> th, List<EmbeddingMetrics> phases, VerdictStatus status,
                                                  List<String> skipped, String rule) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("start", r.start);
        m.put("peak", r.peak);
        m.put("end", r.end);
        m.put("contractStrengthEnd", r.csEnd);
        m.put("dominanceAtPeak", r.domPeak);
        m.put("dominanceEnd", r.domEnd);
        m.put("governmentEnterpriseEventsEnd", (double) phases.get(r.lastAt).evidenceN());
        EmbeddingMetrics last = phases.get(r.lastAt);
        String word = status == VerdictStatus.DECIDED ? r.type.word() : "undetermined";
        Evidence e = new Evidence(word + ": " + rule, m, th, last.evidence().eventIds(), last.evidence().tieIds(), List.of(),
                last.evidence().passages());
        return new EmbeddingTrajectory(r.type, phaseIds, index, dominance, r.start, r.peak, r.end, r.csEnd, rule, th, e,
                status, skipped);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
