package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate prints the problems of case format 1.1's additions as it prints the others: file, line, column. */
class ValidateFormat11Test {
    static final Path EXAMPLE = Path.of("..", "examples", "county-c-coded").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    private Path copy() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "examples/county-c-coded not found; skipping");
        Path to = tmp.resolve("c");
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return to;
    }

    @Test
    void theCodedExampleIsClean() throws Exception {
        Path c = copy();
        assertThat(cli.run("validate", c.toString())).isEqualTo(0);
        assertThat(cli.out().strip()).isEqualTo(c + ": ok");
    }

    @Test
    void additionsProblemsHaveTheirPositions() throws Exception {
        Path c = copy();
        Path seg = c.resolve("segments.csv");
        Files.writeString(seg, Files.readString(seg).replace("政务云由县政府与电信县分公司签订合同建设,cw",
                "政务云由县政府签订合同建设,cx"), StandardCharsets.UTF_8);
        Path text = c.resolve("documents/d3-notice.txt");
        Files.writeString(text, Files.readString(text).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertThat(cli.run("validate", c.toString())).isEqualTo(1);
        assertThat(cli.out())
                .contains(seg + ":3:5: the quote differs from the document's text at its offsets (found '政务云由县政府签订合同建设',"
                        + " expected the text at [77, 97) of document d1: '政务云由县政府与电信县分公司签订合同建设')")
                .contains(seg + ":3:6: an unknown coder; did you mean 'cw'?")
                .contains(text + ":1: the text has Windows (CR LF) line ends: convert them to LF");
        CapturedCli json = new CapturedCli();
        assertThat(json.run("validate", "--json", c.toString())).isEqualTo(1);
        JsonNode list = new ObjectMapper().readTree(json.out());
        assertThat(list).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo(seg.toString());
            assertThat(p.get("line").asInt()).isEqualTo(3);
            assertThat(p.get("field").asText()).isEqualTo("coder");
            assertThat(p.get("found").asText()).isEqualTo("cx");
        });
    }
}
