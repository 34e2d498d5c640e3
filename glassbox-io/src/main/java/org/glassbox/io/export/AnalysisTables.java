package org.glassbox.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.io.table.Table;

/**
 * The tables of an analysis for a paper ({@code --export DIR/tables/}), each a {@link Table} that
 * {@link org.glassbox.io.table.TableFiles} writes as CSV, LaTeX and Word:
 *
 * <ul>
 * <li>{@code CASE-evidence}: the construction model's evidence chain, one row per link — layer, what it
 *     points to, the claim, the metrics and thresholds it compared, the events and ties it cites;</li>
 * <li>{@code CASE-metrics-phases}: every numeric metric of metrics.csv (rows) by phase (columns);</li>
 * <li>{@code comparison} (two or more cases): the whole-case rows of metrics.csv and the last phase's
 *     metrics (rows) by case (columns), then the differences the comparison states.</li>
 * </ul>
 * Numbers are written as metrics.csv writes them (shortest exact decimal), so that a cell equals the
 * analysis JSON's value.
 */
public final class AnalysisTables {
    private AnalysisTables() {
    }

    /** The construction model's evidence chain of one analysis. */
    public static Table evidence(CaseAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        int k = 1;
        for (EvidenceLink l : a.model().evidence()) {
            Evidence e = l.evidence();
            rows.add(List.of(Integer.toString(k++), l.layer().word(), l.pointsTo() == null ? "" : l.pointsTo(), e.claim(),
                    pairs(e.metrics()), pairs(e.thresholds()), String.join(" ", e.eventIds()), String.join(" ", e.tieIds())));
        }
        return new Table(NetworkExport.fileName(a.caseId()) + "-evidence",
                "Evidence chain of the construction model (" + a.model().word() + "): " + a.caseName(),
                List.of("#", "layer", "points to", "claim", "metrics", "thresholds", "events", "ties"), rows);
    }

    /** Every numeric metric of the phases: one row per metric, one column per phase (empty where a phase lacks it). */
    public static Table metricsPerPhase(CaseAnalysis a) {
        Map<String, Map<String, String>> byMetric = new LinkedHashMap<>();
        List<String> phases = new ArrayList<>();
        for (PeriodAnalysis p : a.phases()) {
            phases.add(p.period().id());
            collect(a, p, (at, metric, value, label) -> {
                if (value != null && Double.isFinite(value)) {
                    byMetric.computeIfAbsent(metric, m -> new LinkedHashMap<>()).put(p.period().id(), NetworkExport.number(value));
                }
            });
        }
        List<String> cols = new ArrayList<>();
        cols.add("metric");
        for (PeriodAnalysis p : a.phases()) {
            cols.add(p.period().name().equals(p.period().id()) ? p.period().id() : p.period().id() + " " + p.period().name());
        }
        List<List<String>> rows = new ArrayList<>();
        byMetric.forEach((m, vals) -> {
            List<String> r = new ArrayList<>();
            r.add(m);
            phases.forEach(id -> r.add(vals.getOrDefault(id, "")));
            rows.add(r);
        });
        return new Table(NetworkExport.fileName(a.caseId()) + "-metrics-phases", "Metrics per phase: " + a.caseName(), cols, rows);
    }

    /** The cases side by side: whole-case values and the last phase's metrics by case, then the differences in words. */
    public static Table comparison(Comparison c) {
        List<String> cols = new ArrayList<>();
        cols.add("metric");
        Map<String, Map<String, String>> byMetric = new LinkedHashMap<>();
        for (CaseAnalysis a : c.cases()) {
            cols.add(a.caseId());
            NetworkExport.Rows sink = (at, metric, value, label) -> byMetric.computeIfAbsent(metric, m -> new LinkedHashMap<>())
                    .put(a.caseId(), value != null && Double.isFinite(value) ? NetworkExport.number(value) : label == null ? "" : label);
            try {
                NetworkExport.wholeCase(a, sink);
                if (!a.phases().isEmpty()) {
                    NetworkExport.Rows last = (at, metric, value, label) -> sink.row(at, "lastPhase." + metric, value, label);
                    NetworkExport.period(last, a.caseId(), a.phases().get(a.phases().size() - 1), "phase");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byMetric.forEach((m, vals) -> {
            List<String> r = new ArrayList<>();
            r.add(m);
            c.cases().forEach(a -> r.add(vals.getOrDefault(a.caseId(), "")));
            rows.add(r);
        });
        c.differences().forEach(d -> {
            List<String> r = new ArrayList<>();
            r.add("difference." + d.aspect());
            c.cases().forEach(a -> r.add(d.values().getOrDefault(a.caseId(), "")));
            rows.add(r);
        });
        return new Table("comparison", "Comparison of " + c.cases().stream().map(CaseAnalysis::caseName)
                .collect(Collectors.joining(", ")), cols, rows);
    }

    private static void collect(CaseAnalysis a, PeriodAnalysis p, NetworkExport.Rows sink) {
        try {
            NetworkExport.period(sink, a.caseId(), p, "phase");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pairs(Map<String, Double> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " = " + NetworkExport.number(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
