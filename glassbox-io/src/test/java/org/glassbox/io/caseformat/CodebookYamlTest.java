package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookYamlTest {
    @TempDir
    Path tmp;

    /**
     * The shipped YAML is exactly what {@code glassbox codebook} prints for {@link Codebook#defaults()}
     * (the defaults print in a fixed order). When a default changes or is added, regenerate it with
     * {@code glassbox codebook > glassbox-io/src/main/resources/org/glassbox/io/caseformat/default-codebook.yaml}.
     */
    @Test
    void theShippedResourceAgreesWithTheDefaultCodebook() throws Exception {
        String text;
        try (InputStream in = CodebookYaml.class.getResourceAsStream("default-codebook.yaml")) {
            assertThat(in).as("default-codebook.yaml on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, text);
        Codebook shipped = CodebookYaml.read(f);
        Codebook d = Codebook.defaults();
        // reading extends the defaults, so agreement means the file overrides nothing
        assertThat(shipped).isEqualTo(d);
        assertThat(text).contains("event_types:", "tie_types:", "sectors:", "levels:", "thresholds:");
        assertThat(text.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    ")).count())
                .as("entries in the shipped file").isGreaterThan(d.eventTypes().size());
        assertThat(text).as("default-codebook.yaml is stale: regenerate it with glassbox codebook")
                .isEqualTo(CodebookYaml.write(d));
    }

    @Test
    void extensionWritesOnlyTheDifferenceAndReadsBack() throws Exception {
        Codebook cb = Codebook.defaults().extend(new Codebook(
                Map.of("hackathon", new EventType("hackathon", "collaborative", Mechanism.COLLABORATIVE, false)),
                Map.of("mentoring", new TieType("mentoring", Axis.LATERAL, false)),
                Map.of("cooperative", Side.ENTERPRISE), Set.of("district"), Map.of("formalism.burst_window_days", 45.0)));
        String text = CodebookYaml.writeExtension(cb);
        assertThat(text).contains("hackathon", "mentoring", "cooperative", "district", "formalism.burst_window_days")
                .doesNotContain("directive", "command");
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, text);
        assertThat(CodebookYaml.read(f)).isEqualTo(cb);
        assertThat(CodebookYaml.writeExtension(Codebook.defaults())).isEqualTo("{}\n");
    }

    @Test
    void partialOverrideKeepsTheDefaultsOtherValues() throws Exception {
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, "event_types:\n  directive: {mechanism: market}\n");
        EventType d = CodebookYaml.read(f).eventType("directive");
        assertThat(d).isEqualTo(new EventType("directive", "administrative", Mechanism.MARKET, true));
    }

    @Test
    void badEntriesAreProblemsWithLines() throws Exception {
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, "event_types:\n  x: {category: c, mechanism: feudal}\ntie_types:\n  y: {axis: diagonal}\n"
                + "sectors:\n  z: both\nthresholds:\n  a: high\ncolours: [red]\n");
        assertThatThrownBy(() -> CodebookYaml.read(f)).isInstanceOfSatisfying(CaseFormatException.class, e -> {
            assertThat(e.errors()).extracting(Problem::line).containsExactly(2, 4, 6, 8, 9);
            assertThat(e.errors()).extracting(Problem::found).containsExactly("feudal", "diagonal", "both", "high", "colours");
        });
    }
}
