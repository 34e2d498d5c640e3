package org.glassbox.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;

/**
 * The figures the fit report compares, per phase of an analysed case: the event-category mix
 * (share of the phase's events per codebook category), the government and enterprise initiation
 * shares (subjects layer) and the three embedding components (reciprocity, co-decision,
 * multiplexity) — all read from the analysis or the events, nothing re-derived — and, for the
 * coded case, the evidence weight behind each ({@link #weights}).
 */
final class PhaseFigures {
    static final String[] CATEGORIES = {"structure", "administrative", "market", "collaborative", "delivery", "diagnosis",
        "learning", "outcome"};
    static final String[] SHARES = {"governmentInitiationShare", "enterpriseInitiationShare"};
    static final String[] EMBEDDING = {"reciprocity", "coDecision", "multiplexity"};
    /** The key of the event-category mix's weight. */
    static final String MIX = "eventCategoryMix";
    /**
     * The strategies read from a phase's events by the rule of the initial state (docs/simulation.md §5): the share
     * of government-side actors that initiated towards an enterprise and were contracting (at least half of those
     * events not top-down), and of active enterprise-side actors that were initiating (initiated towards government
     * or took part in a decision event); NaN when the phase has no such actor. Shown beside the fit, not judged.
     */
    static final String[] STRATEGIES = {"contractingGovernments", "initiatingEnterprises"};

    private PhaseFigures() {
    }

    static List<Map<String, Double>> of(Case c, CaseAnalysis a) {
        List<Map<String, Double>> out = new ArrayList<>();
        EventStore ev = c.events();
        for (PeriodAnalysis pa : a.phases()) {
            Map<String, Double> m = new LinkedHashMap<>();
            long from = pa.period().start().startMillis();
            long to = pa.period().end().endMillisExclusive();
            double[] cat = new double[CATEGORIES.length];
            int total = 0;
            for (int i = 0; i < ev.size(); i++) {
                long t = ev.time(i);
                if (t == EventStore.MISSING_TIME || t < from || t >= to) {
                    continue;
                }
                EventType et = c.codebook().eventType(ev.typeName(i));
                String category = et == null ? "" : et.category();
                for (int k = 0; k < CATEGORIES.length; k++) {
                    if (CATEGORIES[k].equals(category)) {
                        cat[k]++;
                    }
                }
                total++;
            }
            for (int k = 0; k < CATEGORIES.length; k++) {
                m.put("category." + CATEGORIES[k], total == 0 ? 0 : cat[k] / total);
            }
            m.put(SHARES[0], pa.subjects().governmentInitiationShare());
            m.put(SHARES[1], pa.subjects().enterpriseInitiationShare());
            m.put(EMBEDDING[0], pa.embedding().reciprocity());
            m.put(EMBEDDING[1], pa.embedding().coDecision());
            m.put(EMBEDDING[2], pa.embedding().multiplexity());
            double[] st = strategies(c, from, to);
            m.put(STRATEGIES[0], st[0]);
            m.put(STRATEGIES[1], st[1]);
            out.add(m);
        }
        return out;
    }

    /** {@link #STRATEGIES} over the events in [from, to): {contracting governments, initiating enterprises}. */
    static double[] strategies(Case c, long from, long to) {
        EventStore ev = c.events();
        int n = c.actors().size();
        org.glassbox.core.model.Side[] side = new org.glassbox.core.model.Side[n];
        for (int k = 0; k < n; k++) {
            side[k] = c.codebook().side(c.actors().get(k).sector());
        }
        int[] towardsEnterprise = new int[n];
        int[] notTopDown = new int[n];
        boolean[] active = new boolean[n];
        boolean[] initiating = new boolean[n];
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t == EventStore.MISSING_TIME || t < from || t >= to) {
                continue;
            }
            int init = -1;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                active[ev.actorAt(k)] = true;
                if (ev.roleAt(k) == org.glassbox.core.model.Role.INITIATOR) {
                    init = ev.actorAt(k);
                }
            }
            if (init < 0) {
                continue;
            }
            EventType et = c.codebook().eventType(ev.typeName(i));
            boolean decision = et != null && et.decision();
            boolean enterprise = false;
            boolean enterpriseTakesPart = false;
            boolean government = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a == init) {
                    continue;
                }
                if (side[a] == org.glassbox.core.model.Side.ENTERPRISE) {
                    enterprise = true;
                    if (ev.roleAt(k) != org.glassbox.core.model.Role.TARGET) {
                        enterpriseTakesPart = true;
                        initiating[a] |= decision;
                    }
                } else if (side[a] == org.glassbox.core.model.Side.GOVERNMENT) {
                    government = true;
                }
            }
            if (side[init] == org.glassbox.core.model.Side.GOVERNMENT && enterprise) {
                towardsEnterprise[init]++;
                notTopDown[init] += enterpriseTakesPart ? 1 : 0;
            } else if (side[init] == org.glassbox.core.model.Side.ENTERPRISE && government) {
                initiating[init] = true;
            }
        }
        int govs = 0;
        int contracting = 0;
        int ents = 0;
        int initiatingEnts = 0;
        for (int k = 0; k < n; k++) {
            if (side[k] == org.glassbox.core.model.Side.GOVERNMENT && towardsEnterprise[k] > 0) {
                govs++;
                contracting += 2 * notTopDown[k] >= towardsEnterprise[k] ? 1 : 0;
            } else if (side[k] == org.glassbox.core.model.Side.ENTERPRISE && active[k]) {
                ents++;
                initiatingEnts += initiating[k] ? 1 : 0;
            }
        }
        return new double[] {govs == 0 ? Double.NaN : (double) contracting / govs, ents == 0 ? Double.NaN : (double) initiatingEnts / ents};
    }

    /**
     * Per phase, the count each figure rests on and the codebook's minimum for it, as the analysis weighs it
     * ({@link org.glassbox.core.analysis.EvidenceWeights}): keyed by the figure's name ({@link #MIX} for the
     * event-category mix, which rests on the phase's events with no minimum).
     */
    static List<Map<String, FigureWeight>> weights(CaseAnalysis a) {
        List<Map<String, FigureWeight>> out = new ArrayList<>();
        for (PeriodAnalysis pa : a.phases()) {
            Map<String, FigureWeight> w = new LinkedHashMap<>();
            w.put(MIX, new FigureWeight(pa.period().events(), 0));
            for (String f : SHARES) {
                put(w, f, pa.weight("subjects." + f));
            }
            for (String f : EMBEDDING) {
                put(w, f, pa.weight("embedding." + f));
            }
            out.add(w);
        }
        return out;
    }

    private static void put(Map<String, FigureWeight> w, String figure, FigureWeight weight) {
        if (weight != null) {
            w.put(figure, weight);
        }
    }
}
