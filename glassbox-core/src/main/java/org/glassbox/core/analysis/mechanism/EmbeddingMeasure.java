package org.glassbox.core.analysis.mechanism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.TieTable;

/**
 * Government–enterprise embedding of one period, read from roles and ties only (never from
 * mechanism labels, FRAMEWORK.md "What the verdicts rest on").
 *
 * <ul>
 * <li><b>Reciprocity</b> = min(g→e, e→g) / max(g→e, e→g), where g→e counts events initiated by a
 * government-side actor with an enterprise-side target or participant, e→g the reverse; 0 when both are 0.</li>
 * <li><b>Co-decision</b> = decision events (codebook flag: plan, directive, approval, co-design, joint-team,
 * strategic-agreement, consultation, meeting) in which an enterprise initiates or participates,
 * over all decision events.</li>
 * <li><b>Multiplexity</b> = mean over government–enterprise dyads (tied by any valid tie, or one
 * initiating towards the other) of layers/4, layers ∈ {contract (market axis), equity (ownership),
 * joint work (cross-cutting or lateral), data}.</li>
 * <li><b>Contract strength</b> = share of government–enterprise interaction events in which some
 * government–enterprise pair is bound, at the event's date, by a contract or equity tie and by no
 * command, guidance or supervision tie (contract rather than directive). The ties cited as binding are
 * those contract and equity ties, between the parties of such an event, valid at its date.</li>
 * <li><b>Administrative dominance</b> = share of those events initiated by government in which the
 * enterprises are only targets (top-down).</li>
 * <li><b>Index</b> = (reciprocity + co-decision + multiplexity) / 3.</li>
 * <li><b>Standing arrangements</b> (contract, equity and secondment ties between the two sides valid in the
 * period) weigh as event-equivalents in contract strength, administrative dominance and the evidence n
 * ({@link EmbeddingCounts} gives the formulas; docs/methods.md, "Standing arrangements").</li>
 * </ul>
 * Evidence id lists are capped at {@value #EVIDENCE_CAP} ids each (the counts are always complete).
 * O(events × actors per event² + ties).
 */
public final class EmbeddingMeasure {
    /** Most ids an evidence list holds. */
    public static final int EVIDENCE_CAP = 200;
    private static final int CONTRACT = 1;
    private static final int EQUITY = 2;
    private static final int JOINT = 4;
    private static final int DATA = 8;

    private EmbeddingMeasure() {
    }

    /** The embedding of the period {@code s} of the resolved case {@code f}, with the ids behind each component. */
    public static EmbeddingMetrics measure(CaseFacts f, PeriodSlice s) {
        EventStore ev = f.events();
        TieTable t = f.ties();
        Map<Long, Integer> layers = new HashMap<>();
        Map<Long, List<Integer>> pairTies = new HashMap<>();
        java.util.Set<String> bindingTies = new java.util.LinkedHashSet<>();
        for (int i : s.ties()) {
            int a = t.from(i);
            int b = t.to(i);
            if (!cross(f, a, b)) {
                continue;
            }
            long key = key(a, b);
            pairTies.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            Axis ax = f.axis(i);
            int bit = ax == null ? 0 : switch (ax) {
                case MARKET -> CONTRACT;
                case OWNERSHIP -> EQUITY;
                case CROSS_CUTTING, LATERAL -> JOINT;
                case DATA -> DATA;
                default -> 0;
            };
            layers.merge(key, bit, (x, y) -> x | y);
        }
        int[] patterns = new int[EmbeddingUnits.PATTERNS];
        List<String> e2gIds = new ArrayList<>();
        List<String> g2eIds = new ArrayList<>();
        List<String> coDecisionIds = new ArrayList<>();
        List<String> contractIds = new ArrayList<>();
        List<String> topDownIds = new ArrayList<>();
        int[] init = new int[8];
        int[] other = new int[8];
        for (int i : s.events()) {
            int ni = 0;
            int no = 0;
            boolean gInit = false;
            boolean eInit = false;
            boolean eVoice = false;
            boolean gOther = false;
            boolean eOther = false;
            boolean eTarget = false;
            int from = ev.actorsFrom(i);
            int to = ev.actorsTo(i);
            if (to - from > init.length) {
                init = new int[to - from];
                other = new int[to - from];
            }
            for (int k = from; k < to; k++) {
                int a = ev.actorAt(k);
                Role r = ev.roleAt(k);
                byte sd = f.side(a);
                if (r == Role.INITIATOR) {
                    init[ni++] = a;
                    gInit |= sd == CaseFacts.GOVERNMENT;
                    eInit |= sd == CaseFacts.ENTERPRISE;
                    eVoice |= sd == CaseFacts.ENTERPRISE;
                } else {
                    other[no++] = a;
                    gOther |= sd == CaseFacts.GOVERNMENT;
                    eOther |= sd == CaseFacts.ENTERPRISE;
                    if (sd == CaseFacts.ENTERPRISE) {
                        if (r == Role.PARTICIPANT) {
                            eVoice = true;
                        } else {
                            eTarget = true;
                        }
                    }
                }
            }
            String id = ev.id(i);
            int pattern = 0;
            if (gInit && eOther) {
                pattern |= EmbeddingUnits.G2E;
                cap(g2eIds, id);
            }
            if (eInit && gOther) {
                pattern |= EmbeddingUnits.E2G;
                cap(e2gIds, id);
            }
            if (f.isDecision(i)) {
                pattern |= EmbeddingUnits.DECISION;
                if (eVoice) {
                    pattern |= EmbeddingUnits.DECISION_WITH_ENTERPRISE;
                    cap(coDecisionIds, id);
                }
            }
            boolean dyadic = false;
            boolean contract = false;
            long start = ev.time(i);
            long end = f.endExclusive(i);
            for (int x = 0; x < ni; x++) {
                for (int y = 0; y < no; y++) {
                    int a = init[x];
                    int b = other[y];
                    if (!cross(f, a, b)) {
                        continue;
                    }
                    dyadic = true;
                    long key = key(a, b);
                    layers.putIfAbsent(key, 0);
                    contract |= contractGoverned(f, pairTies.get(key), start, end, bindingTies);
                }
            }
            if (dyadic) {
                pattern |= EmbeddingUnits.DYADIC;
                if (contract) {
                    pattern |= EmbeddingUnits.CONTRACT;
                    cap(contractIds, id);
                }
                if (gInit && !eVoice && eTarget) {
                    pattern |= EmbeddingUnits.TOP_DOWN;
                    cap(topDownIds, id);
                }
            }
            patterns[pattern]++;
        }
        int[] layerHist = new int[5];
        for (int m : layers.values()) {
            layerHist[Integer.bitCount(m)]++;
        }
        Standing st = standing(f, s, pairTies);
        EmbeddingUnits units = new EmbeddingUnits(patterns, layerHist, st.weights, st.kind);
        EmbeddingCounts c = units.counts();

        Map<String, Double> m = new LinkedHashMap<>();
        m.put("reciprocity", c.reciprocity());
        m.put("governmentToEnterprise", (double) c.governmentToEnterprise());
        m.put("enterpriseToGovernment", (double) c.enterpriseToGovernment());
        m.put("coDecision", c.coDecision());
        m.put("multiplexity", c.multiplexity());
        m.put("contractStrength", c.contractStrength());
        m.put("administrativeDominance", c.administrativeDominance());
        m.put("index", c.index());
        List<String> events = new ArrayList<>(e2gIds);
        for (String x : coDecisionIds) {
            if (!events.contains(x) && events.size() < EVIDENCE_CAP) {
                events.add(x);
            }
        }
        String claim = "enterprises initiate towards government in " + c.enterpriseToGovernment() + " events, government towards enterprises in "
                + c.governmentToEnterprise() + "; enterprises co-decide in " + c.decisionsWithEnterprise() + " of " + c.decisions()
                + " decision events; " + c.contractEvents() + " of " + c.dyadEvents() + " government–enterprise events run under a contract or equity tie"
                + (st.ids.isEmpty() ? "" : "; " + st.ids.size() + " standing arrangements");
        List<String> binding = new ArrayList<>(bindingTies);
        // the ties cited are those binding the events' own parties (issue 11, item 5); the standing arrangements
        // are listed apart (ids().standingTies()) and cited by the model's "which ties bind" link
        Evidence e = new Evidence(claim, m, Map.of(), events, binding, List.of(), f.passages(events, binding));
        return EmbeddingMetrics.of(c, st.ids.size(), e,
                new EmbeddingIds(e2gIds, g2eIds, coDecisionIds, contractIds, topDownIds, binding, st.ids), units);
    }

    /** The standing arrangements of a period: weights, kinds ({@link EmbeddingUnits#BY_CONTRACT} …), ids (capped). */
    private record Standing(double[] weights, byte[] kind, List<String> ids) {
    }

    /** Milliseconds in a mean Gregorian year. */
    private static final double YEAR_MS = 365.2425 * 86_400_000.0;

    /**
     * Standing arrangements (FRAMEWORK.md, "Evidence weight"): government–enterprise ties of the market
     * (contract) or ownership (equity) axis, and secondments, valid in the period. Each weighs
     * {@code evidence.standing_tie_events_per_year} × the years of the period it is valid in. A contract or
     * equity tie governs by contract when the pair has no command, guidance or supervision tie valid in
     * that span; otherwise it is a standing arrangement under command (K); a secondment is joint work, neither
     * contract nor command.
     */
    private static Standing standing(CaseFacts f, PeriodSlice s, Map<Long, List<Integer>> pairTies) {
        double k = f.codebook().thresholds().getOrDefault(org.glassbox.core.analysis.EvidenceWeights.STANDING_PER_YEAR, 0.0);
        TieTable t = f.ties();
        long ps = s.period().startMillis();
        long pe = s.period().endMillisExclusive();
        List<Double> w = new ArrayList<>();
        List<Byte> kind = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (k <= 0) {
            return new Standing(new double[0], new byte[0], ids);
        }
        for (int i : s.ties()) {
            if (!cross(f, t.from(i), t.to(i))) {
                continue;
            }
            Axis ax = f.axis(i);
            boolean contractual = ax == Axis.MARKET || ax == Axis.OWNERSHIP;
            if (!contractual && !SECONDMENT.equals(t.typeName(i))) {
                continue;
            }
            long lo = Math.max(ps, t.startMillis(i));
            long hi = Math.min(pe, t.endMillisExclusive(i));
            if (hi <= lo) {
                continue;
            }
            boolean governs = contractual;
            if (contractual) {
                for (int j : pairTies.get(key(t.from(i), t.to(i)))) {
                    Axis bx = f.axis(j);
                    if ((bx == Axis.LINE || bx == Axis.FUNCTIONAL || bx == Axis.OVERSIGHT) && t.validDuring(j, lo, hi)) {
                        governs = false;
                        break;
                    }
                }
            }
            w.add(k * (hi - lo) / YEAR_MS);
            kind.add(!contractual ? EmbeddingUnits.SECONDMENT : governs ? EmbeddingUnits.BY_CONTRACT : EmbeddingUnits.UNDER_COMMAND);
            if (ids.size() < EVIDENCE_CAP) {
                ids.add(t.id(i));
            }
        }
        double[] wa = new double[w.size()];
        byte[] ca = new byte[w.size()];
        for (int i = 0; i < wa.length; i++) {
            wa[i] = w.get(i);
            ca[i] = kind.get(i);
        }
        return new Standing(wa, ca, ids);
    }

    /** The tie type of a secondment (case-format.md: lender → host of staff). */
    static final String SECONDMENT = "secondment";

    /**
     * Whether the pair's ties valid at the event bind it by contract or equity and by no command,
     * guidance or supervision tie; when they do, the binding ties' ids go to {@code binding} (at most
     * {@value #EVIDENCE_CAP}): the evidence cites only the ties between the event's own parties that
     * made it contract-governed, not every contract valid in the period (issue 11, item 5).
     */
    private static boolean contractGoverned(CaseFacts f, List<Integer> ties, long start, long end, java.util.Set<String> binding) {
        boolean bound = contractGoverned(f.ties(), f::axis, ties, start, end);
        if (bound) {
            for (int i : ties) {
                if (binds(f.axis(i)) && f.ties().validDuring(i, start, end) && binding.size() < EVIDENCE_CAP) {
                    binding.add(f.ties().id(i));
                }
            }
        }
        return bound;
    }

    /**
     * The rule contract strength counts, for one government–enterprise pair (docs/methods.md §4): whether the pair's
     * ties {@code ties} (indices into {@code t}; null for none) valid during [{@code start}, {@code end}) include a
     * contract or equity tie ({@link #binds}) and no command, guidance or supervision tie. Written once: the analysis
     * reads it here, and the simulation's calibration reads which of a phase's contract-governed events run under a
     * contract signed in the phase (glassbox-sim, {@code Calibration.signedInPhase}).
     */
    public static boolean contractGoverned(TieTable t, java.util.function.IntFunction<Axis> axis, List<Integer> ties, long start, long end) {
        if (ties == null) {
            return false;
        }
        boolean bound = false;
        for (int i : ties) {
            if (!t.validDuring(i, start, end)) {
                continue;
            }
            Axis ax = axis.apply(i);
            if (ax == Axis.LINE || ax == Axis.FUNCTIONAL || ax == Axis.OVERSIGHT) {
                return false;
            }
            bound |= binds(ax);
        }
        return bound;
    }

    /** Whether a tie of axis {@code ax} binds a pair by contract or equity (the market or ownership axis); false for null. */
    public static boolean binds(Axis ax) {
        return ax == Axis.MARKET || ax == Axis.OWNERSHIP;
    }

    private static boolean cross(CaseFacts f, int a, int b) {
        byte x = f.side(a);
        byte y = f.side(b);
        return (x == CaseFacts.GOVERNMENT && y == CaseFacts.ENTERPRISE) || (x == CaseFacts.ENTERPRISE && y == CaseFacts.GOVERNMENT);
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static void cap(List<String> ids, String id) {
        if (ids.size() < EVIDENCE_CAP) {
            ids.add(id);
        }
    }
}
