package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/**
 * Filters that return a new log (pm4py's {@code filter_time_range}, {@code filter_event_attribute_values},
 * {@code filter_variants}, {@code filter_trace_attribute_values}). Case-level filters keep or drop
 * whole cases; the activity filter works on events. Events without a timestamp never lie inside a
 * time window. O(n) plus the subset copy.
 */
final class LogFilters {
    private LogFilters() {
    }

    static EventLog timeRange(EventLog log, long from, long toExclusive, TimeRangeMode mode) {
        EventStore s = log.events();
        boolean[] in = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            long t = s.time(i);
            in[i] = t != EventStore.MISSING_TIME && t >= from && t < toExclusive;
        }
        String what = "time window, " + mode.name().toLowerCase();
        if (mode == TimeRangeMode.EVENTS || !s.hasCases()) {
            return LogSubset.of(log, in, what);
        }
        int cases = s.caseIds().size();
        boolean[] any = new boolean[cases];
        boolean[] all = new boolean[cases];
        java.util.Arrays.fill(all, true);
        for (int i = 0; i < s.size(); i++) {
            int c = s.caseOf(i);
            if (c >= 0) {
                any[c] |= in[i];
                all[c] &= in[i];
            }
        }
        boolean[] keep = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            int c = s.caseOf(i);
            keep[i] = c >= 0 && (mode == TimeRangeMode.CASES_CONTAINED ? all[c] : any[c]);
        }
        return LogSubset.of(log, keep, what);
    }

    static EventLog activities(EventLog log, Set<String> activities, boolean keep) {
        EventStore s = log.events();
        boolean[] k = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            k[i] = activities.contains(s.typeName(i)) == keep;
        }
        return LogSubset.of(log, k, (keep ? "keep" : "drop") + " activities " + activities);
    }

    static EventLog variants(EventLog log, Set<List<String>> variants, boolean keep) {
        CaseView v = CaseView.of(log.events());
        List<int[]> seqs = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        int[] of = Variants.assign(v, SequenceOrder.TIME, seqs, counts);
        boolean[] keepVariant = new boolean[seqs.size()];
        for (int id = 0; id < seqs.size(); id++) {
            List<String> names = new ArrayList<>();
            for (int code : seqs.get(id)) {
                names.add(log.events().types().value(code));
            }
            keepVariant[id] = variants.contains(names) == keep;
        }
        return byCase(log, v, c -> of[c] >= 0 && keepVariant[of[c]], (keep ? "keep " : "drop ") + variants.size() + " variants");
    }

    static EventLog topVariants(EventLog log, int k) {
        Set<List<String>> top = new HashSet<>();
        for (Variant x : Variants.discover(CaseView.of(log.events()), SequenceOrder.TIME)) {
            if (top.size() == k) {
                break;
            }
            top.add(x.activities());
        }
        return variants(log, top, true);
    }

    static EventLog caseAttribute(EventLog log, String attribute, Set<String> values, boolean keep) {
        EventStore s = log.events();
        if (!s.hasCases()) {
            throw new IllegalArgumentException("the log has no cases");
        }
        int cases = s.caseIds().size();
        boolean[] match = new boolean[cases];
        AttributeColumn col = log.caseAttributes().get(attribute);
        if (col != null) {
            for (int c = 0; c < Math.min(cases, col.size()); c++) {
                match[c] = col.isPresent(c) && values.contains(col.text(c));
            }
        } else if ("concept:name".equals(attribute) || "case:concept:name".equals(attribute)) {
            for (int c = 0; c < cases; c++) {
                match[c] = values.contains(s.caseIds().value(c));
            }
        } else {
            AttributeColumn ev = s.attribute(attribute);
            if (ev == null) {
                throw new IllegalArgumentException("no case or event attribute '" + attribute + "'");
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.caseOf(i) >= 0 && ev.isPresent(i) && values.contains(ev.text(i))) {
                    match[s.caseOf(i)] = true;
                }
            }
        }
        return byCase(log, CaseView.of(s), c -> match[c] == keep, (keep ? "keep" : "drop") + " cases with "
                + attribute + " in " + values);
    }

    private static EventLog byCase(EventLog log, CaseView v, java.util.function.IntPredicate keepCase, String what) {
        EventStore s = log.events();
        boolean[] k = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            int c = s.hasCases() ? s.caseOf(i) : -1;
            k[i] = c >= 0 && keepCase.test(c);
        }
        Objects.requireNonNull(v);
        return LogSubset.of(log, k, what);
    }
}
