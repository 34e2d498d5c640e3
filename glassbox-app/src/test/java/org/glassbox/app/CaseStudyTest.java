package org.glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.model.Case;
import org.glassbox.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStudyTest {
    static Path example(String name) {
        return Path.of("..", "examples", name);
    }

    @Test
    void oneCaseIsAnalysedNotCompared() throws Exception {
        List<Case> cases = CaseStudy.read(List.of(example("province-a")), false);
        CaseStudy.Result r = CaseStudy.analyse(cases, AnalysisOptions.defaults());
        assertThat(r.comparison()).isNull();
        assertThat(r.single().caseId()).isEqualTo("province-a");
    }

    @Test
    void severalCasesAreComparedAndTheOutputsWritten(@TempDir Path tmp) throws Exception {
        List<Case> cases = CaseStudy.read(List.of(example("province-a"), example("city-b")), false);
        CaseStudy.Result r = CaseStudy.analyse(cases, AnalysisOptions.defaults());
        assertThat(r.comparison().cases()).hasSize(2);
        CaseStudy.Written w = CaseStudy.write(r, new CaseStudy.Outputs(tmp.resolve("r.html"),
                ReportOptions.defaults("test"), tmp.resolve("export")));
        assertThat(tmp.resolve("r.html")).isNotEmptyFile();
        assertThat(w.exportedFiles()).isGreaterThan(4);
        assertThat(tmp.resolve("export/metrics.csv")).isNotEmptyFile();
    }

    @Test
    void everyUnreadableCaseIsReportedWithItsProblemsUnlessAskedToStop(@TempDir Path tmp) throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("case.yaml"), "id: x\n");
        Path missing = tmp.resolve("missing");
        assertThatThrownBy(() -> CaseStudy.read(List.of(broken, example("city-b"), missing), false))
                .isInstanceOfSatisfying(CaseStudy.UnreadableCasesException.class, e -> {
                    assertThat(e.cases()).extracting(CaseStudy.Unreadable::path).containsExactly(broken, missing);
                    assertThat(e.cases().get(0).problems()).isNotEmpty();
                });
        assertThatThrownBy(() -> CaseStudy.read(List.of(broken, missing), true))
                .isInstanceOfSatisfying(CaseStudy.UnreadableCasesException.class,
                        e -> assertThat(e.cases()).hasSize(1));
    }

    @Test
    void anUnwritableReportNamesTheOutput(@TempDir Path tmp) throws Exception {
        CaseStudy.Result r = CaseStudy.analyse(CaseStudy.read(List.of(example("city-b")), false),
                AnalysisOptions.defaults());
        Path blocked = Files.createDirectories(tmp.resolve("dir.html"));
        assertThatThrownBy(() -> CaseStudy.write(r, new CaseStudy.Outputs(blocked, ReportOptions.defaults("test"), null)))
                .isInstanceOf(CaseStudy.OutputException.class).hasMessageContaining("dir.html");
    }
}
