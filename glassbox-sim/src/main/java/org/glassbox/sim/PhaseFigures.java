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
 * multiplexity) — all read from the analysis or the events, nothing re-derived. Beside each
 * figure, under {@code n.NAME} and {@code min.NAME}, the count it rests on and the codebook's
 * minimum for it ({@link org.glassbox.core.analysis.EvidenceWeights}; 0 where it has none): a
 * coded figure below its minimum does not vote in the analysis, and is not judged by the fit.
 */
final class PhaseFigures {
    static final String[] CATEGORIES = {"structure", "administrative", "market", "collaborative", "delivery", "diagnosis",
        "learning", "outcome"};
    static final String[] SHARES = {"governmentInitiationShare", "enterpriseInitiationShare"};
    static final String[] EMBEDDING = {"reciprocity", "coDecision", "multiplexity"};
    /** The key of the event-category mix's count (the phase's events; no minimum). */
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
            m.put("n." + MIX, (double) total);
            m.put("min." + MIX, 0.0);
            m.put(SHARES[0], pa.subjects().governmentInitiationShare());
            m.put(SHARES[1], pa.subjects().enterpriseInitiationShare());
            m.put(EMBEDDING[0], pa.embedding().reciprocity());
            m.put(EMBEDDING[1], pa.embedding().coDecision());
            m.put(EMBEDDING[2], pa.embedding().multiplexity());
            for (String f : SHARES) {
                weight(m, f, pa.weight("subjects." + f));
            }
            for (String f : EMBEDDING) {
                weight(m, f, pa.weight("embedding." + f));
            }
            out.add(m);
        }
        return out;
    }

    private static void weight(Map<String, Double> m, String figure, FigureWeight w) {
        m.put("n." + figure, w == null ? 0.0 : w.n());
        m.put("min." + figure, w == null ? 0.0 : w.minimum());
    }
}
