package org.glassbox.core.analysis.formalism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;

/**
 * Assessment-driven bursts (FRAMEWORK.md): delivery events inside the window of {@code w} days
 * ({@code formalism.burst_window_days}) before an assessment or inspection, against the baseline rate
 * outside every window.
 *
 * <p>Dates are spans (case format: partial dates), and the window is set in days: an assessment dated
 * to the day t (or more precisely) has the window [t − w, t + 1 day), its own day included; an
 * assessment known only to the month or the year cannot place it — each day of its span would give
 * another window — so it opens none, and the span its windows could reach, [a₀ − w, a₁) for the span
 * [a₀, a₁), is uncertain ground. A delivery is <em>in</em> when its whole span lies in the union of
 * windows (flagged), <em>out</em> (baseline) when its span meets neither a window nor uncertain ground,
 * and uncertain otherwise — dated too coarsely to place (or placed near an assessment dated too
 * coarsely), neither flagged
 * nor baseline. Window days = days of the case's span in a window; baseline days = days neither in a
 * window nor on uncertain ground. With r = (in / window days) / (out / baseline days), the score is (r − 1)/(r + 1),
 * floored at 0; 0 when no delivery is in a window; 1 when some are and none is outside. Not assessable
 * (score null, never 1) when there is no window day (no assessment dated to the day), no baseline day, or no delivery placed.
 * Exempt deliveries leave the counts; an assessment exempt from this diagnostic opens no window.
 */
final class AssessmentDrivenBursts {
    static final Set<String> ASSESSMENTS = Set.of("assessment", "inspection");
    private static final long DAY = FormalismDiagnostics.DAY;

    private AssessmentDrivenBursts() {
    }

    static Diagnostic of(CaseFacts f, Exemptions ex) {
        String id = Diagnostic.ASSESSMENT_DRIVEN_BURSTS;
        EventStore ev = f.events();
        double days = f.codebook().threshold(FormalismDiagnostics.BURST_WINDOW);
        long w = Math.round(days * DAY);
        List<long[]> certain = new ArrayList<>();
        List<long[]> possible = new ArrayList<>();
        long spanStart = Long.MAX_VALUE;
        long spanEnd = Long.MIN_VALUE;
        int assessments = 0;
        for (int r = 0; r < ev.size(); r++) {
            int i = ev.inTimeOrder(r);
            if (ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            spanStart = Math.min(spanStart, ev.time(i));
            spanEnd = Math.max(spanEnd, f.endExclusive(i));
            if (ASSESSMENTS.contains(ev.typeName(i)) && !ex.exempt(i, id)) {
                assessments++;
                long a0 = Math.floorDiv(ev.time(i), DAY) * DAY;
                long a1 = Math.floorDiv(f.endExclusive(i) + DAY - 1, DAY) * DAY;
                if (ev.precision(i).compareTo(Precision.DAY) >= 0) {
                    certain.add(new long[] {a0 - w, a0 + DAY});
                }
                possible.add(new long[] {a0 - w, a1});
            }
        }
        List<long[]> inWindow = union(certain);
        List<long[]> nearWindow = union(possible);
        double windowDays = measure(inWindow, spanStart, spanEnd);
        double totalDays = spanEnd > spanStart ? (spanEnd - spanStart) / (double) DAY : 0;
        double otherDays = Math.max(0, totalDays - measure(nearWindow, spanStart, spanEnd));
        int in = 0;
        int out = 0;
        int uncertain = 0;
        int exempt = 0;
        int deliveries = 0;
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            if (!"delivery".equals(f.category(i)) || ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            deliveries++;
            if (ex.exempt(i, id)) {
                exempt++;
                continue;
            }
            long a = ev.time(i);
            long b = f.endExclusive(i);
            boolean inside = false;
            for (long[] u : inWindow) {
                inside |= a >= u[0] && b <= u[1];
            }
            boolean meets = false;
            for (long[] u : nearWindow) {
                meets |= a < u[1] && b > u[0];
            }
            if (inside) {
                in++;
                flagged.add(ev.id(i));
            } else if (!meets) {
                out++;
            } else {
                uncertain++;
            }
        }
        Coverage cov = new Coverage("deliveries", deliveries, in + out, exempt);
        double rateIn = windowDays == 0 ? 0 : in / windowDays;
        double rateOut = otherDays == 0 ? 0 : out / otherDays;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("assessments", (double) assessments);
        m.put("deliveriesInWindows", (double) in);
        m.put("deliveriesOutside", (double) out);
        m.put("deliveriesUncertain", (double) uncertain);
        m.put("windowDays", windowDays);
        m.put("otherDays", otherDays);
        m.put("rateInWindowsPerDay", rateIn);
        m.put("baselineRatePerDay", rateOut);
        Map<String, Double> windows = Map.of(FormalismDiagnostics.BURST_WINDOW, days);
        String tail = " (" + cov.words() + (uncertain > 0 ? "; " + uncertain + " dated too coarsely to place" : "") + ")";
        String why = assessments == 0 ? "no assessment or inspection coded"
                : windowDays == 0 ? "no assessment or inspection is dated precisely enough to place a " + Math.round(days) + "-day window"
                : otherDays == 0 ? "no baseline day outside the windows"
                : in + out == 0 ? "no delivery can be placed inside or outside the windows"
                : null;
        if (why != null) {
            return new Diagnostic(id, Diagnostic.Status.NOT_ASSESSABLE, null, List.of(), "not assessable: " + why + tail,
                    cov, ex.from(id), m, windows);
        }
        double score;
        if (in == 0) {
            score = 0;
        } else if (rateOut == 0) {
            score = 1;
        } else {
            double ratio = rateIn / rateOut;
            score = Math.max(0, (ratio - 1) / (ratio + 1));
        }
        return new Diagnostic(id, Diagnostic.Status.ASSESSED, score, flagged,
                in + " deliveries fall in the " + Math.round(days) + " days before an assessment or inspection ("
                        + String.format(Locale.ROOT, "%.4f", rateIn) + "/day) against " + out + " elsewhere ("
                        + String.format(Locale.ROOT, "%.4f", rateOut) + "/day); score (r−1)/(r+1) of the rate ratio r" + tail,
                cov, ex.from(id), m, windows);
    }

    /** The union of intervals [from, to), merged, ordered by start. */
    static List<long[]> union(List<long[]> xs) {
        List<long[]> sorted = new ArrayList<>(xs);
        sorted.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] x : sorted) {
            if (!out.isEmpty() && x[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], x[1]);
            } else {
                out.add(new long[] {x[0], x[1]});
            }
        }
        return out;
    }

    /** Days of the merged intervals within [from, to). */
    static double measure(List<long[]> merged, long from, long to) {
        double d = 0;
        for (long[] u : merged) {
            d += Math.max(0, Math.min(u[1], to) - Math.max(u[0], from)) / (double) DAY;
        }
        return d;
    }
}
