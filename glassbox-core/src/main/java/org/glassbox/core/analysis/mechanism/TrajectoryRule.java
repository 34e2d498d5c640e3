package org.glassbox.core.analysis.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.model.Codebook;

/**
 * The embedding trajectory over the phases (FRAMEWORK.md, suggested operationalisation).
 *
 * <p>Only phases whose index is sufficient vote ({@link EvidenceWeights#index}): a phase with less government–enterprise
 * evidence (events plus standing arrangements, {@link EmbeddingMetrics#evidenceN()}) than
 * {@code evidence.government_enterprise_events_min}, or fewer initiations, decision events or dyads than their minimums
 * (the index's reciprocity, co-decision and multiplexity rest on them), is skipped and named with the part that fell short. Over the voting phases
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
 * With no voting phase the trajectory is undetermined, leaning to what the rules give on all phases; when the last
 * phase does not vote it is undetermined too, leaning to what the rules give on the voting phases — the trajectory
 * is read to the case's end, and a thin last phase leaves that end unknown (until 2026-12-02 the earlier phases were
 * read as if they were the end: an administrative case whose collapse fell in a thinly coded last phase read as
 * inter-embedded from its rising first phases).
 * "Administrative dominance" is read from the pattern (government-initiated events with enterprises
 * only as targets, {@link EmbeddingMetrics#administrativeDominance()}), not from the mechanism mix, so
 * relabelling mechanisms cannot flip the trajectory. With no phase: undetermined, leaning never-embedded.
 *
 * <p><b>Process-tracing tests</b> (docs/methods.md, "Process-tracing tests"; {@link TestKind}), over the voting
 * phases: a trajectory the rules name is issued only when its hoop tests hold, else it is undetermined with the
 * failed test named and the type kept as the leaning. Hoops: de-embedded — the index does not recover into the
 * last voting phase by as much as the drop (end − the index of the voting phase before it &lt; the drop); inter-embedded — enterprises initiate towards
 * government in the last voting phase; embedded — the index ends at or above the never-embedded floor; never-embedded —
 * enterprises take part in fewer than half the decision events of every voting phase. Smoking guns (confirming
 * where the rule fires): de-embedded — administrative dominance at least doubles from the peak phase to the last;
 * inter-embedded — the index rises from start to end by at least the de-embedding drop; embedded — at least two
 * phases vote and every one's index lies within the drop of the peak; never-embedded — enterprises initiate nothing towards government
 * in any voting phase.
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
            String short_ = EvidenceWeights.indexShortfall(phases.get(i), c);
            if (short_ == null) {
                voting.add(i);
            } else {
                skipped.add(phaseIds.get(i));
                skippedWords.add(phaseIds.get(i) + " (" + short_ + ")");
            }
        }
        String skipNote = skipped.isEmpty() ? "" : "; skipped as insufficient: " + String.join(", ", skippedWords);
        if (voting.isEmpty()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            Reading lean = tested(read(phaseIds, phases, index, dominance, all, th), phaseIds, phases, index, all, th);
            return trajectory(lean, phaseIds, index, dominance, th, phases, VerdictStatus.UNDETERMINED, skipped,
                    "insufficient: no phase has " + min + " government–enterprise events and the index's other parts at their minimums" + skipNote
                            + "; leaning " + lean.type.word() + " (" + lean.rule + ")");
        }
        Reading r = tested(read(phaseIds, phases, index, dominance, voting, th), phaseIds, phases, index, voting, th);
        if (voting.get(voting.size() - 1) != n - 1) {
            // a trajectory is read to the case's last phase: when that phase is too thin, where the embedding ended is unknown
            return trajectory(r, phaseIds, index, dominance, th, phases, VerdictStatus.UNDETERMINED, skipped,
                    "insufficient: the last phase " + phaseIds.get(n - 1) + " does not vote, so where the embedding ended is unknown"
                            + skipNote + "; leaning " + r.type.word() + " (" + r.rule + ")");
        }
        return trajectory(r, phaseIds, index, dominance, th, phases, r.status, skipped, r.rule + skipNote);
    }

    /** What the rules give over the phases {@code at} (indices into the lists, in order). */
    private record Reading(TrajectoryType type, VerdictStatus status, String rule, int lastAt, double start, double peak,
                           double end, double csEnd, double domPeak, double domEnd, List<ProcessTest> tests) {
        Reading(TrajectoryType type, VerdictStatus status, String rule, int lastAt, double start, double peak,
                double end, double csEnd, double domPeak, double domEnd) {
            this(type, status, rule, lastAt, start, peak, end, csEnd, domPeak, domEnd, List.of());
        }
    }

    /** The reading with the tests of its type; a decided reading whose hoop fails becomes undetermined. */
    private static Reading tested(Reading r, List<String> phaseIds, List<EmbeddingMetrics> phases, List<Double> index,
                                  List<Integer> at, Map<String, Double> th) {
        List<ProcessTest> tests = tests(r, phases, index, at, th);
        ProcessTest failed = ProcessTest.failedHoop(tests);
        if (r.status == VerdictStatus.DECIDED && failed != null) {
            return new Reading(r.type, VerdictStatus.UNDETERMINED, r.type.word() + " ruled out (" + r.rule + "): hoop test failed: "
                    + failed.condition() + "; leaning " + r.type.word(), r.lastAt, r.start, r.peak, r.end, r.csEnd, r.domPeak, r.domEnd, tests);
        }
        return new Reading(r.type, r.status, r.rule, r.lastAt, r.start, r.peak, r.end, r.csEnd, r.domPeak, r.domEnd, tests);
    }

    /** The tests of the reading's type over the phases {@code at} (docs/methods.md's table), evaluated. */
    private static List<ProcessTest> tests(Reading r, List<EmbeddingMetrics> phases, List<Double> index, List<Integer> at,
                                           Map<String, Double> th) {
        List<ProcessTest> t = new ArrayList<>();
        String v = r.type.word();
        double drop = th.get(DROP_MIN);
        int voting = at.size();
        EmbeddingMetrics last = phases.get(r.lastAt);
        switch (r.type) {
            case DE_EMBEDDED -> {
                double before = voting >= 2 ? index.get(at.get(voting - 2)) : r.end;
                double back = r.end - before;
                boolean held = back < drop - EPS;
                t.add(test(v, TestKind.HOOP, "trajectory.de-embedded.no-recovery", held,
                        "the index does not recover into the last voting phase by as much as the drop: " + f(before) + " → " + f(r.end)
                                + (held ? ", a rise < " : ", a rise ≥ ") + f(drop), f(before), f(r.end), f(drop)));
                boolean doubles = r.domEnd > r.domPeak + EPS && r.domEnd >= 2 * r.domPeak - EPS;
                t.add(test(v, TestKind.SMOKING_GUN, "trajectory.de-embedded.dominance-doubles", doubles,
                        "administrative dominance at least doubles from the peak phase to the last: " + f(r.domPeak) + " → " + f(r.domEnd),
                        f(r.domPeak), f(r.domEnd)));
            }
            case INTER_EMBEDDED -> {
                int eg = last.enterpriseToGovernment();
                t.add(test(v, TestKind.HOOP, "trajectory.inter-embedded.enterprise-initiative", eg >= 1,
                        "enterprises initiate towards government in the last voting phase: " + eg + " events", Integer.toString(eg)));
                boolean rise = r.end - r.start >= drop - EPS;
                t.add(test(v, TestKind.SMOKING_GUN, "trajectory.inter-embedded.rise", rise,
                        "the index rises from start to end by at least the de-embedding drop: " + f(r.end - r.start)
                                + (rise ? " ≥ " : " < ") + f(drop), f(r.end - r.start), f(drop)));
            }
            case EMBEDDED -> {
                double floor = th.get(NEVER_MAX);
                boolean still = r.end >= floor - EPS;
                t.add(test(v, TestKind.HOOP, "trajectory.embedded.still-embedded", still,
                        "the index ends at or above the never-embedded floor: " + f(r.end) + (still ? " ≥ " : " < ") + f(floor),
                        f(r.end), f(floor)));
                double lowest = Double.POSITIVE_INFINITY;
                for (int i : at) {
                    lowest = Math.min(lowest, index.get(i));
                }
                boolean within = voting >= 2 && lowest >= r.peak - drop - EPS;
                t.add(test(v, TestKind.SMOKING_GUN, "trajectory.embedded.every-phase", within,
                        "at least 2 voting phases, every one's index within the drop of the peak: " + voting + " phases, lowest " + f(lowest)
                                + (lowest >= r.peak - drop - EPS ? " ≥ " : " < ") + f(r.peak - drop), Integer.toString(voting), f(lowest),
                        f(r.peak - drop)));
            }
            case NEVER_EMBEDDED -> {
                double most = 0;
                int initiated = 0;
                for (int i : at) {
                    most = Math.max(most, phases.get(i).coDecision());
                    initiated += phases.get(i).enterpriseToGovernment();
                }
                t.add(test(v, TestKind.HOOP, "trajectory.never-embedded.co-decision", most < 0.5 - EPS,
                        "enterprises take part in fewer than half the decision events of every voting phase: highest co-decision "
                                + f(most) + (most < 0.5 - EPS ? " < " : " ≥ ") + "0.50", f(most)));
                t.add(test(v, TestKind.SMOKING_GUN, "trajectory.never-embedded.no-initiative", initiated == 0,
                        "enterprises initiate nothing towards government in any voting phase: " + initiated + " events",
                        Integer.toString(initiated)));
            }
            default -> {
            }
        }
        return t;
    }

    private static ProcessTest test(String verdict, TestKind kind, String id, boolean passed, String condition, String... values) {
        return new ProcessTest(verdict, kind, id, condition, passed, List.of(values));
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
                status, skipped, r.tests);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
