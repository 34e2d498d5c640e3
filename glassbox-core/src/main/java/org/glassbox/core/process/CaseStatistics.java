package org.glassbox.core.process;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.glassbox.core.model.EventStore;

/**
 * Case durations and throughput per calendar month (UTC). A case's duration is the time of its
 * last event minus that of its first (pm4py {@code get_all_case_durations}); a case with one event
 * lasts 0 s. Complexity O(n + cases log cases).
 */
final class CaseStatistics {
    private CaseStatistics() {
    }

    static long[] durationsMillis(CaseView v) {
        EventStore s = v.store();
        long[] d = new long[v.nonEmptyCases()];
        int j = 0;
        for (int c = 0; c < v.cases(); c++) {
            if (v.to(c) > v.from(c)) {
                d[j++] = s.time(v.timeOrdered(v.to(c) - 1)) - s.time(v.timeOrdered(v.from(c)));
            }
        }
        return d;
    }

    static CaseDurationSummary durations(CaseView v) {
        long[] d = durationsMillis(v);
        if (d.length == 0) {
            return new CaseDurationSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        EdgePerformance p = Durations.summarise(d, 0, d.length);
        return new CaseDurationSummary(d.length, p.mean(), p.median(), p.min(), p.max());
    }

    static List<ThroughputPeriod> throughput(CaseView v) {
        EventStore s = v.store();
        TreeMap<Integer, long[]> months = new TreeMap<>();
        TreeMap<Integer, List<Long>> ended = new TreeMap<>();
        for (int c = 0; c < v.cases(); c++) {
            if (v.to(c) == v.from(c)) {
                continue;
            }
            long first = s.time(v.timeOrdered(v.from(c)));
            long last = s.time(v.timeOrdered(v.to(c) - 1));
            months.computeIfAbsent(month(first), m -> new long[3])[0]++;
            int me = month(last);
            months.computeIfAbsent(me, m -> new long[3])[1]++;
            ended.computeIfAbsent(me, m -> new ArrayList<>()).add(last - first);
            for (int k = v.from(c); k < v.to(c); k++) {
                months.computeIfAbsent(month(s.time(v.timeOrdered(k))), m -> new long[3])[2]++;
            }
        }
        List<ThroughputPeriod> out = new ArrayList<>();
        months.forEach((m, a) -> {
            List<Long> e = ended.get(m);
            double median = Double.NaN;
            if (e != null) {
                long[] arr = e.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(arr);
                median = Durations.summarise(arr, 0, arr.length).median();
            }
            out.add(new ThroughputPeriod(String.format("%04d-%02d", m / 12, m % 12 + 1), a[0], a[1], a[2], median));
        });
        return out;
    }

    private static int month(long millis) {
        ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
        return t.getYear() * 12 + t.getMonthValue() - 1;
    }
}
