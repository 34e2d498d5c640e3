package org.glassbox.core.analysis.formalism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * The four digital-formalism diagnostics (FRAMEWORK.md), each a score in [0, 1] (higher = stronger
 * symptom) with the ids of the flagged events; docs/methods.md gives the formulas.
 * "The same thing" is a shared {@code objects} entry. Partial dates are read as spans and given the
 * benefit of the doubt: a diagnosis counts when it may have preceded the adoption; a delivery counts
 * as inside (outside) a burst window only when its whole span is inside (outside). O(events × objects per event).
 */
public final class FormalismDiagnostics {
    public static final String LOOKBACK = "formalism.diagnosis_lookback_months";
    public static final String BURST_WINDOW = "formalism.burst_window_days";
    static final Set<String> ASSESSMENTS = Set.of("assessment", "inspection");
    static final long DAY = 86_400_000L;

    private FormalismDiagnostics() {
    }

    public static FormalismReport of(CaseFacts f) {
        return new FormalismReport(List.of(copyWithoutDiagnosis(f), platformProliferation(f), assessmentDrivenBursts(f),
                peopleCentredness(f)));
    }

    /** Adoptions (model-adopted, or a delivery with from_jurisdiction) with no diagnosis about the same object in the look-back window. */
    static Diagnostic copyWithoutDiagnosis(CaseFacts f) {
        EventStore ev = f.events();
        double months = f.codebook().threshold(LOOKBACK);
        AttributeColumn from = ev.attribute(EventStore.FROM_JURISDICTION);
        Map<Integer, List<Integer>> diagnosisByObject = new HashMap<>();
        List<Integer> adoptions = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            String cat = f.category(i);
            String type = ev.typeName(i);
            if ("diagnosis".equals(cat) || "consultation".equals(type)) {
                for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                    diagnosisByObject.computeIfAbsent(ev.objectAt(k), x -> new ArrayList<>()).add(i);
                }
            }
            boolean copied = from != null && from.isPresent(i) && !from.text(i).isBlank();
            if ("model-adopted".equals(type) || (copied && "delivery".equals(cat))) {
                adoptions.add(i);
            }
        }
        List<String> flagged = new ArrayList<>();
        for (int a : adoptions) {
            long start = ev.time(a);
            long windowStart = LocalDate.ofEpochDay(Math.floorDiv(start, DAY)).minusMonths(Math.round(months)).toEpochDay() * DAY;
            boolean diagnosed = false;
            for (int k = ev.objectsFrom(a); k < ev.objectsTo(a) && !diagnosed; k++) {
                for (int d : diagnosisByObject.getOrDefault(ev.objectAt(k), List.of())) {
                    if (d != a && ev.time(d) < f.endExclusive(a) && f.endExclusive(d) > windowStart && ev.time(d) <= start) {
                        diagnosed = true;
                        break;
                    }
                }
            }
            if (!diagnosed) {
                flagged.add(ev.id(a));
            }
        }
        int n = adoptions.size();
        double score = n == 0 ? 0 : (double) flagged.size() / n;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("adoptions", (double) n);
        m.put("withoutDiagnosis", (double) flagged.size());
        return new Diagnostic(Diagnostic.COPY_WITHOUT_DIAGNOSIS, score, flagged,
                flagged.size() + " of " + n + " adoptions from elsewhere have no needs assessment, problem report, consultation, feedback or evaluation about the same object in the "
                        + Math.round(months) + " months before",
                m, Map.of(LOOKBACK, months));
    }

    /** Platforms launched without later evidence of use (the public or a diagnosis on it), or later integrated into an earlier-launched platform (duplicates). */
    static Diagnostic platformProliferation(CaseFacts f) {
        EventStore ev = f.events();
        int platformKind = ev.objectTypes().code("platform");
        Map<Integer, Integer> launch = new LinkedHashMap<>();
        for (int r = 0; r < ev.size(); r++) {
            int i = ev.inTimeOrder(r);
            if ("platform-launch".equals(ev.typeName(i))) {
                for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                    int o = ev.objectAt(k);
                    if (ev.objectType(o) == platformKind) {
                        launch.putIfAbsent(o, i);
                    }
                }
            }
        }
        Map<Integer, Boolean> used = new HashMap<>();
        Map<Integer, Boolean> duplicate = new HashMap<>();
        for (int i = 0; i < ev.size(); i++) {
            if ("platform-launch".equals(ev.typeName(i))) {
                continue;
            }
            boolean pub = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                pub |= f.isPublic(ev.actorAt(k));
            }
            boolean evidence = pub || "diagnosis".equals(f.category(i));
            // an integration of launched platforms keeps the earliest launched one; the others duplicated it
            int host = -1;
            int launchedHere = 0;
            for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                int o = ev.objectAt(k);
                Integer l = launch.get(o);
                if (l != null && ev.time(l) <= ev.time(i)) {
                    launchedHere++;
                    if (host < 0 || ev.time(l) < ev.time(launch.get(host))) {
                        host = o;
                    }
                }
            }
            for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                int o = ev.objectAt(k);
                Integer l = launch.get(o);
                if (l == null || ev.time(i) < ev.time(l)) {
                    continue;
                }
                if (evidence) {
                    used.put(o, true);
                }
                if ("integration".equals(ev.typeName(i)) && launchedHere >= 2 && o != host) {
                    duplicate.put(o, true);
                }
            }
        }
        List<String> flagged = new ArrayList<>();
        int unused = 0;
        int dups = 0;
        for (Map.Entry<Integer, Integer> e : launch.entrySet()) {
            boolean u = used.getOrDefault(e.getKey(), false);
            boolean d = duplicate.getOrDefault(e.getKey(), false);
            unused += u ? 0 : 1;
            dups += d ? 1 : 0;
            if (!u || d) {
                String id = ev.id(e.getValue());
                if (!flagged.contains(id)) {
                    flagged.add(id);
                }
            }
        }
        int n = launch.size();
        long flaggedPlatforms = launch.keySet().stream().filter(o -> !used.getOrDefault(o, false) || duplicate.getOrDefault(o, false)).count();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("platformsLaunched", (double) n);
        m.put("withoutEvidenceOfUse", (double) unused);
        m.put("mergedAsDuplicates", (double) dups);
        return new Diagnostic(Diagnostic.PLATFORM_PROLIFERATION, n == 0 ? 0 : (double) flaggedPlatforms / n, flagged,
                flaggedPlatforms + " of " + n + " platforms launched show no later use (no event on them with the public or a diagnosis) or were later integrated into an earlier platform",
                m, Map.of());
    }

    /** Delivery events inside the window before an assessment or inspection, against the baseline rate outside. */
    static Diagnostic assessmentDrivenBursts(CaseFacts f) {
        EventStore ev = f.events();
        double days = f.codebook().threshold(BURST_WINDOW);
        long w = Math.round(days * DAY);
        List<long[]> windows = new ArrayList<>();
        long spanStart = Long.MAX_VALUE;
        long spanEnd = Long.MIN_VALUE;
        for (int r = 0; r < ev.size(); r++) {
            int i = ev.inTimeOrder(r);
            if (ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            spanStart = Math.min(spanStart, ev.time(i));
            spanEnd = Math.max(spanEnd, f.endExclusive(i));
            if (ASSESSMENTS.contains(ev.typeName(i))) {
                windows.add(new long[] {ev.time(i) - w, f.endExclusive(i)});
            }
        }
        // union of windows (already ordered by start)
        List<long[]> union = new ArrayList<>();
        for (long[] x : windows) {
            if (!union.isEmpty() && x[0] <= union.get(union.size() - 1)[1]) {
                union.get(union.size() - 1)[1] = Math.max(union.get(union.size() - 1)[1], x[1]);
            } else {
                union.add(new long[] {x[0], x[1]});
            }
        }
        double inDays = 0;
        for (long[] u : union) {
            inDays += Math.max(0, Math.min(u[1], spanEnd) - Math.max(u[0], spanStart)) / (double) DAY;
        }
        double totalDays = spanEnd > spanStart ? (spanEnd - spanStart) / (double) DAY : 0;
        double outDays = Math.max(0, totalDays - inDays);
        int in = 0;
        int out = 0;
        int uncertain = 0;
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            if (!"delivery".equals(f.category(i)) || ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            long a = ev.time(i);
            long b = f.endExclusive(i);
            boolean inside = false;
            boolean overlaps = false;
            for (long[] u : union) {
                if (a >= u[0] && b <= u[1]) {
                    inside = true;
                }
                if (a < u[1] && b > u[0]) {
                    overlaps = true;
                }
            }
            if (inside) {
                in++;
                flagged.add(ev.id(i));
            } else if (!overlaps) {
                out++;
            } else {
                uncertain++;
            }
        }
        double rateIn = inDays == 0 ? 0 : in / inDays;
        double rateOut = outDays == 0 ? 0 : out / outDays;
        double score;
        if (in == 0) {
            score = 0;
        } else if (rateOut == 0) {
            score = 1;
        } else {
            double ratio = rateIn / rateOut;
            score = Math.max(0, (ratio - 1) / (ratio + 1));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("deliveriesInWindows", (double) in);
        m.put("deliveriesOutside", (double) out);
        m.put("deliveriesUncertain", (double) uncertain);
        m.put("windowDays", inDays);
        m.put("otherDays", outDays);
        m.put("rateInWindowsPerDay", rateIn);
        m.put("baselineRatePerDay", rateOut);
        return new Diagnostic(Diagnostic.ASSESSMENT_DRIVEN_BURSTS, score, flagged,
                in + " deliveries fall in the " + Math.round(days) + " days before an assessment or inspection (" + String.format(java.util.Locale.ROOT, "%.4f", rateIn)
                        + "/day) against " + out + " elsewhere (" + String.format(java.util.Locale.ROOT, "%.4f", rateOut) + "/day); score (r−1)/(r+1) of the rate ratio r; "
                        + uncertain + " deliveries dated too coarsely to place",
                m, Map.of(BURST_WINDOW, days));
    }

    /** Share of events in which the public neither initiates nor takes part; flags the deliveries made without it. */
    static Diagnostic peopleCentredness(CaseFacts f) {
        EventStore ev = f.events();
        int n = ev.size();
        int without = 0;
        List<String> flagged = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int i = ev.inTimeOrder(r);
            boolean pub = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                if (ev.roleAt(k) != Role.TARGET && f.isPublic(ev.actorAt(k))) {
                    pub = true;
                }
            }
            if (!pub) {
                without++;
                if ("delivery".equals(f.category(i))) {
                    flagged.add(ev.id(i));
                }
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("events", (double) n);
        m.put("eventsWithPublic", (double) (n - without));
        return new Diagnostic(Diagnostic.PEOPLE_CENTREDNESS, n == 0 ? 0 : (double) without / n, flagged,
                "the public initiates or takes part in " + (n - without) + " of " + n
                        + " events; flagged: the deliveries (launches, upgrades, integrations) made without it",
                m, Map.of());
    }
}
