package org.glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The repository's CITATION.cff is valid Citation File Format 1.2.0 and names this version. */
class CitationFileTest {
    /** The top-level keys CFF 1.2.0 defines (schema.json of citation-file-format 1.2.0). */
    static final Set<String> KEYS = Set.of("abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi",
            "identifiers", "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository",
            "repository-artifact", "repository-code", "title", "type", "url", "version");

    @Test
    void isValidCff120() throws Exception {
        Path f = Path.of("..", "CITATION.cff");
        JsonNode c = new ObjectMapper(new YAMLFactory()).readTree(f.toFile());
        List<String> unknown = new ArrayList<>();
        c.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                unknown.add(k);
            }
        });
        assertThat(unknown).as("keys CFF 1.2.0 does not define").isEmpty();
        assertThat(c.get("cff-version").asText()).isEqualTo("1.2.0");
        assertThat(c.get("message").asText()).isNotBlank();
        assertThat(c.get("title").asText()).isNotBlank();
        assertThat(c.get("type").asText()).isIn("software", "dataset");
        assertThat(c.get("authors").isArray()).isTrue();
        assertThat(c.get("authors").size()).isPositive();
        for (JsonNode a : c.get("authors")) {
            assertThat(a.has("name") || a.has("family-names") || a.has("given-names")).as(a.toString()).isTrue();
        }
        assertThat(c.get("version").isTextual()).isTrue();
        Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("..", "pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(c.get("version").asText()).isEqualTo(m.group(1).replace("-SNAPSHOT", ""));
    }
}
