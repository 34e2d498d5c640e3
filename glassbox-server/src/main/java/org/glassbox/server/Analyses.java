package org.glassbox.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.app.CaseStudy;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.report.Language;
import org.glassbox.report.ReportOptions;
import org.glassbox.store.CaseSnapshot;
import org.glassbox.store.Cases;
import org.glassbox.store.StoreException;

/**
 * The analyses of stored cases, computed by the same library calls as {@code glassbox analyze}
 * (the case read by the case format's reader, analysed by the application layer's {@link CaseStudy} with the default options,
 * {@link AnalysisJson}) and cached per case version, so a warm request costs one version lookup.
 */
final class Analyses {
    /** One case at one version, read and analysed. */
    record Entry(long version, Case kase, CaseAnalysis analysis, String json) {
    }

    private static final int MAX_CACHED = 64;
    private final Cases cases;
    private final String version;
    private final Map<String, Entry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> e) {
            return size() > MAX_CACHED;
        }
    };

    Analyses(Cases cases, String glassboxVersion) {
        this.cases = cases;
        this.version = glassboxVersion;
    }

    AnalysisOptions options() {
        return AnalysisOptions.defaults();
    }

    /** The case's analysis at its current version. */
    Entry get(String project, String caseId) {
        return get(project, caseId, options(), "");
    }

    /**
     * The case's analysis at its current version with each verdict's stability, as {@code glassbox analyze --json
     * --robustness --resamples N --seed S} writes it; cached beside the plain analysis under its own key.
     */
    Entry withRobustness(String project, String caseId, int resamples, long seed) {
        AnalysisOptions o = options().toBuilder().robustness(true).resamples(resamples).seed(seed).build();
        return get(project, caseId, o, "\u0000robustness " + resamples + " " + seed);
    }

    private Entry get(String project, String caseId, AnalysisOptions options, String variant) {
        String key = project + "\u0000" + caseId + variant;
        long v = cases.version(project, caseId);
        synchronized (cache) {
            Entry e = cache.get(key);
            if (e != null && e.version == v) {
                return e;
            }
        }
        CaseSnapshot s = cases.snapshot(project, caseId);
        Case c;
        try {
            c = s.tables().read();
        } catch (CaseFormatException ex) {
            throw new StoreException("the stored case " + caseId + " does not read back: " + ex.getMessage(), ex);
        }
        CaseAnalysis a = CaseStudy.analyse(List.of(c), options).single();
        StringWriter w = new StringWriter();
        try {
            AnalysisJson.write(a, w);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        w.write("\n");
        Entry e = new Entry(s.record().version(), c, a, w.toString());
        synchronized (cache) {
            cache.put(key, e);
        }
        return e;
    }

    String report(String project, String caseId, Language lang) {
        Entry e = get(project, caseId);
        return CaseStudy.report(new CaseStudy.Result(List.of(e.kase()), List.of(e.analysis()), null),
                ReportOptions.defaults(version).withLanguage(lang));
    }

    /** The glassbox.comparison/1 JSON of the cases, as {@code glassbox compare --json -} writes it. */
    String compare(String project, List<String> caseIds) {
        List<CaseAnalysis> as = new ArrayList<>();
        for (String id : caseIds) {
            as.add(get(project, id).analysis());
        }
        Comparison cmp = CaseStudy.compare(as);
        StringWriter w = new StringWriter();
        try {
            AnalysisJson.write(cmp, w);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        w.write("\n");
        return w.toString();
    }
}
