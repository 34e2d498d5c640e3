package org.glassbox.cli;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.structure.DualAuthority;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report and the export draw dual authority with {@link DualAuthority}; it must count what the structure layer counts. */
class DualAuthorityAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"province-a", "city-b"})
    void reportRuleAgreesWithTheStructureLayerInEveryPeriod(String name) throws Exception {
        Case c = Cases.read(AnalyzeCommandTest.EXAMPLES.resolve(name));
        CaseAnalysis a = Glassbox.analyze(c, AnalysisOptions.defaults("test"));
        for (PeriodAnalysis p : concat(a)) {
            int[] ties = c.ties().validDuring(p.period().start().startMillis(), p.period().end().endMillisExclusive());
            assertThat(DualAuthority.among(c, ties).cardinality()).as(name + " " + p.period().id())
                    .isEqualTo(p.structure().dualAuthorityActors());
        }
    }

    private static java.util.List<PeriodAnalysis> concat(CaseAnalysis a) {
        java.util.List<PeriodAnalysis> all = new java.util.ArrayList<>(a.years());
        all.addAll(a.phases());
        assertThat(all).isNotEmpty();
        return all;
    }
}
