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

    /**
     * The figures of every phase of {@code a}, read in one pass over the case's events: each dated event adds to the
     * category count and the {@link StrategyTally} of the phase it falls in.
     */
    static List<Map<String, Double>> of(Case c, CaseAnalysis a) {
        List<PeriodAnalysis> phases = a.phases();
        int np = phases.size();
        long[] from = new long[np];
        long[] to = new long[np];
        double[][] cat = new double[np][CATEGORIES.length];
        int[] total = new int[np];
        StrategyTally[] tally = new StrategyTally[np];
        for (int p = 0; p < np; p++) {
            from[p] = phases.get(p).period().start().startMillis();
            to[p] = phases.get(p).period().end().endMillisExclusive();
            tally[p] = new StrategyTally(c, null);
        }
        EventStore ev = c.events();
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t == EventStore.MISSING_TIME) {
                continue;
            }
            EventType et = c.codebook().eventType(ev.typeName(i));
            String category = et == null ? "" : et.category();
            for (int p = 0; p < np; p++) {
                if (t < from[p] || t >= to[p]) {
                    continue;
                }
                for (int k = 0; k < CATEGORIES.length; k++) {
                    if (CATEGORIES[k].equals(category)) {
                        cat[p][k]++;
                    }
                }
                total[p]++;
                tally[p].add(i);
            }
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            PeriodAnalysis pa = phases.get(p);
            Map<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < CATEGORIES.length; k++) {
                m.put("category." + CATEGORIES[k], total[p] == 0 ? 0 : cat[p][k] / total[p]);
            }
            m.put(SHARES[0], pa.subjects().governmentInitiationShare());
            m.put(SHARES[1], pa.subjects().enterpriseInitiationShare());
            m.put(EMBEDDING[0], pa.embedding().reciprocity());
            m.put(EMBEDDING[1], pa.embedding().coDecision());
            m.put(EMBEDDING[2], pa.embedding().multiplexity());
            double[] st = tally[p].shares();
            m.put(STRATEGIES[0], st[0]);
            m.put(STRATEGIES[1], st[1]);
            out.add(m);
        }
        return out;
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
