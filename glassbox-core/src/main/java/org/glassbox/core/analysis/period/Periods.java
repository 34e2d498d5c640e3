package org.glassbox.core.analysis.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.PhaseSource;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;

/**
 * The periods of a case: calendar years (from case.yaml's period, else from the events), and
 * phases — case.yaml's, or found by {@link ChangePointDetector} on the sequence of event
 * categories × mechanisms (observation {@code category/mechanism}, e.g. {@code market/market}).
 */
public final class Periods {
    /** Most candidate blocks the detector considers. */
    static final int MAX_BLOCKS = 2000;

    private Periods() {
    }

    /** One period per calendar year of the case, in order; empty when the case has no dated event and no period. */
    public static List<Period> years(CaseFacts f) {
        int[] span = yearSpan(f);
        if (span == null) {
            return List.of();
        }
        List<Period> out = new ArrayList<>();
        for (int y = span[0]; y <= span[1]; y++) {
            PartialDate d = PartialDate.ofYear(y);
            out.add(period(f, String.valueOf(y), String.valueOf(y), PeriodKind.YEAR, d, d));
        }
        return out;
    }

    /** First and last year of the case, or null. */
    static int[] yearSpan(CaseFacts f) {
        EventStore ev = f.events();
        Integer lo = f.kase().info().periodStart();
        Integer hi = f.kase().info().periodEnd();
        int first = -1;
        int last = -1;
        for (int r = 0; r < ev.size(); r++) {
            long t = ev.time(ev.inTimeOrder(r));
            if (t != EventStore.MISSING_TIME) {
                first = LocalDate.ofEpochDay(Math.floorDiv(t, 86_400_000L)).getYear();
                break;
            }
        }
        if (ev.size() > 0) {
            long t = ev.time(ev.inTimeOrder(ev.size() - 1));
            if (t != EventStore.MISSING_TIME) {
                last = LocalDate.ofEpochDay(Math.floorDiv(t, 86_400_000L)).getYear();
            }
        }
        int a = lo != null ? lo : first;
        int b = hi != null ? hi : last;
        if (a < 0 || b < 0) {
            return null;
        }
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    /** The period [start of {@code start}, end of {@code end}) with its event count and straddling events. */
    public static Period period(CaseFacts f, String id, String name, PeriodKind kind, PartialDate start, PartialDate end) {
        int[] ev = f.events().between(start.startMillis(), end.endMillisExclusive());
        List<String> straddling = new ArrayList<>();
        long endMs = end.endMillisExclusive();
        for (int i : ev) {
            if (f.endExclusive(i) > endMs) {
                straddling.add(f.events().id(i));
            }
        }
        return new Period(id, name, kind, start, end, ev.length, straddling);
    }

    /**
     * The phases: case.yaml's when {@code source} is CODED or AUTO and it has some, detected ones
     * when DETECTED or AUTO without coded phases; CODED without coded phases gives the years.
     *
     * @param penalty null for BIC's penalty
     */
    public static PhasePlan phases(CaseFacts f, PhaseSource source, Double penalty, int minPhaseEvents) {
        Observations obs = observations(f);
        double beta = penalty != null ? penalty : ChangePointDetector.bicPenalty(obs.names.size(), obs.starts.length);
        List<Phase> coded = f.kase().info().phases();
        boolean useCoded = source == PhaseSource.CODED || (source == PhaseSource.AUTO && !coded.isEmpty());
        if (useCoded) {
            List<Period> ps = new ArrayList<>();
            if (coded.isEmpty()) {
                ps.addAll(years(f));
            } else {
                for (Phase p : coded) {
                    ps.add(period(f, p.id(), p.name() == null ? p.id() : p.name(), PeriodKind.CODED_PHASE, p.start(), p.end()));
                }
            }
            return new PhasePlan(ps, new PhaseDetection("coded", coded.isEmpty() ? "years" : "case.yaml", beta,
                    obs.starts.length, obs.names.size(), boundaries(f, obs, ps)));
        }
        int[] span = yearSpan(f);
        if (span == null) {
            return new PhasePlan(List.of(), new PhaseDetection("detected", "PELT", beta, 0, 0, List.of()));
        }
        ChangePointDetector d = new ChangePointDetector(obs.starts, obs.ends, obs.codes, obs.names, beta,
                minPhaseEvents, MAX_BLOCKS);
        List<ChangePoint> cps = d.changePoints();
        List<Period> ps = new ArrayList<>();
        PartialDate start = PartialDate.ofYear(span[0]);
        for (int i = 0; i <= cps.size(); i++) {
            PartialDate end;
            PartialDate nextStart = null;
            if (i < cps.size()) {
                LocalDate b = LocalDate.ofEpochDay(Math.floorDiv(cps.get(i).timeMillis(), 86_400_000L));
                nextStart = PartialDate.of(b);
                end = PartialDate.of(b.minusDays(1));
            } else {
                end = PartialDate.ofYear(span[1]);
            }
            String id = "p" + (i + 1);
            ps.add(period(f, id, "Phase " + (i + 1) + " (" + start + " – " + end + ")", PeriodKind.DETECTED_PHASE, start, end));
            start = nextStart;
        }
        List<PhaseBoundary> bs = new ArrayList<>();
        for (int i = 0; i < cps.size(); i++) {
            ChangePoint cp = cps.get(i);
            bs.add(new PhaseBoundary(ps.get(i).id(), ps.get(i + 1).id(), ps.get(i + 1).start(), cp.gain(), cp.shifts()));
        }
        return new PhasePlan(ps, new PhaseDetection("detected", "PELT", beta, obs.starts.length, obs.names.size(), bs));
    }

    private static List<PhaseBoundary> boundaries(CaseFacts f, Observations obs, List<Period> ps) {
        List<PhaseBoundary> out = new ArrayList<>();
        for (int i = 0; i + 1 < ps.size(); i++) {
            int[] a = counts(obs, ps.get(i));
            int[] b = counts(obs, ps.get(i + 1));
            int[] ab = new int[a.length];
            for (int j = 0; j < a.length; j++) {
                ab[j] = a[j] + b[j];
            }
            double gain = ChangePointDetector.cost(ab) - ChangePointDetector.cost(a) - ChangePointDetector.cost(b);
            out.add(new PhaseBoundary(ps.get(i).id(), ps.get(i + 1).id(), ps.get(i + 1).start(), gain,
                    ChangePointDetector.shifts(a, b, obs.names, 3)));
        }
        return out;
    }

    private static int[] counts(Observations obs, Period p) {
        int[] c = new int[obs.names.size()];
        long a = p.startMillis();
        long b = p.endMillisExclusive();
        for (int i = 0; i < obs.starts.length; i++) {
            if (obs.starts[i] >= a && obs.starts[i] < b) {
                c[obs.codes[i]]++;
            }
        }
        return c;
    }

    /** Events in time order as {@code category/mechanism} observations (events without a date left out). */
    static Observations observations(CaseFacts f) {
        EventStore ev = f.events();
        TreeMap<String, Integer> names = new TreeMap<>();
        int n = ev.size();
        int m = 0;
        long[] starts = new long[n];
        long[] ends = new long[n];
        String[] labels = new String[n];
        int mechs = org.glassbox.core.model.Mechanism.values().length;
        String[] labelOf = new String[ev.types().size() * mechs];
        for (int r = 0; r < n; r++) {
            int i = ev.inTimeOrder(r);
            if (ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            starts[m] = ev.time(i);
            ends[m] = f.endExclusive(i);
            int key = ev.type(i) * mechs + f.mechanismOrdinal(i);
            if (labelOf[key] == null) {
                labelOf[key] = f.category(i) + "/" + f.mechanism(i).word();
                names.putIfAbsent(labelOf[key], 0);
            }
            labels[m] = labelOf[key];
            m++;
        }
        List<String> nameList = new ArrayList<>(names.keySet());
        for (int j = 0; j < nameList.size(); j++) {
            names.put(nameList.get(j), j);
        }
        java.util.IdentityHashMap<String, Integer> code = new java.util.IdentityHashMap<>();
        for (String l : labelOf) {
            if (l != null) {
                code.put(l, names.get(l));
            }
        }
        int[] codes = new int[m];
        for (int j = 0; j < m; j++) {
            codes[j] = code.get(labels[j]);
        }
        return new Observations(java.util.Arrays.copyOf(starts, m), java.util.Arrays.copyOf(ends, m), codes, nameList);
    }

    record Observations(long[] starts, long[] ends, int[] codes, List<String> names) {
    }
}
