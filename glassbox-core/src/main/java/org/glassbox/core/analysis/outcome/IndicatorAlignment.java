package org.glassbox.core.analysis.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.model.Indicator;

/**
 * Performance series set against the phases: each observation tagged with the phase holding the
 * start of its date, and each boundary with the mean of the observations in the phase before and
 * in the phase after it (the process chain from phases to performance, not a bare correlation).
 */
public final class IndicatorAlignment {
    private IndicatorAlignment() {
    }

    public static List<IndicatorSeries> of(List<Indicator> indicators, List<Period> phases) {
        Map<String, List<Indicator>> byName = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            byName.computeIfAbsent(i.indicator(), k -> new ArrayList<>()).add(i);
        }
        List<IndicatorSeries> out = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : byName.entrySet()) {
            List<Indicator> obs = new ArrayList<>(e.getValue());
            obs.sort((a, b) -> a.date().compareTo(b.date()));
            List<IndicatorPoint> points = new ArrayList<>();
            String unit = null;
            for (Indicator i : obs) {
                points.add(new IndicatorPoint(i.date(), i.value(), phaseOf(i, phases)));
                unit = unit == null ? i.unit() : unit;
            }
            List<BoundaryComparison> bs = new ArrayList<>();
            for (int p = 0; p + 1 < phases.size(); p++) {
                Period a = phases.get(p);
                Period b = phases.get(p + 1);
                double sa = 0;
                double sb = 0;
                int na = 0;
                int nb = 0;
                for (IndicatorPoint pt : points) {
                    if (a.id().equals(pt.phaseId())) {
                        sa += pt.value();
                        na++;
                    } else if (b.id().equals(pt.phaseId())) {
                        sb += pt.value();
                        nb++;
                    }
                }
                Double ma = na == 0 ? null : sa / na;
                Double mb = nb == 0 ? null : sb / nb;
                bs.add(new BoundaryComparison(a.id(), b.id(), b.start(), na, ma, nb, mb, ma == null || mb == null ? null : mb - ma));
            }
            out.add(new IndicatorSeries(e.getKey(), unit, points, bs));
        }
        return out;
    }

    private static String phaseOf(Indicator i, List<Period> phases) {
        long t = i.date().startMillis();
        for (Period p : phases) {
            if (t >= p.startMillis() && t < p.endMillisExclusive()) {
                return p.id();
            }
        }
        return null;
    }
}
