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
