package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demoPrintsTheStudysVerdicts(@TempDir Path tmp) {
        Path html = tmp.resolve("report.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("demo", "--examples", AnalyzeCommandTest.EXAMPLES.toString(),
                "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Province A (province-a)").contains("City B (city-b)")
                .contains("Province A's construction model is administrative; City B's construction model is market-based.")
                .contains("Province A's late structure is linear-functional; City B's late structure is matrix.")
                .contains("Province A's embedding trajectory is de-embedded; City B's embedding trajectory is inter-embedded.");
        assertThat(html).as("the demo writes its report where --html says, not into the working directory").isNotEmptyFile();
        assertThat(r.out() + r.err()).contains(html.toString());
    }

    @Test
    void missingExamplesIsBadInput() {
        String home = System.getProperty("glassbox.home");
        try {
            System.setProperty("glassbox.home", "/nonexistent");
            AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("demo", "--examples", "/nonexistent/examples");
            // ./examples does not exist below the module directory either
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("examples folder not found");
        } finally {
            if (home == null) {
                System.clearProperty("glassbox.home");
            } else {
                System.setProperty("glassbox.home", home);
            }
        }
    }
}
