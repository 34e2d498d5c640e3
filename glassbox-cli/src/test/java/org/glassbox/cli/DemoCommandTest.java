package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoPrintsTheStudysVerdicts() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("demo", "--examples", AnalyzeCommandTest.EXAMPLES.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Province A (province-a)").contains("City B (city-b)")
                .contains("Province A's construction model is administrative; City B's construction model is market.")
                .contains("Province A's late structure is linear-functional; City B's late structure is matrix.")
                .contains("Province A's embedding trajectory is de-embedded; City B's embedding trajectory is inter-embedded.");
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
