package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 17: the figures examples/README.md quotes are what {@code glassbox demo} prints. */
class DemoFiguresTest {
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @Test
    void everyQuotedFigureIsInTheDemosOutputForItsCase(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(AnalyzeCommandTest.EXAMPLES.resolve("README.md"));
        int from = readme.indexOf("<!-- demo-figures: begin");
        int to = readme.indexOf("<!-- demo-figures: end");
        assertThat(from).as("the README's demo-figures table").isNotNegative().isLessThan(to);
        List<String[]> rows = new ArrayList<>();
        for (String line : readme.substring(from, to).split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length == 4 && cells[2].contains("`")) {
                rows.add(new String[] {cells[1].strip(), cells[2], cells[3]});
            }
        }
        assertThat(rows).as("rows of figures").hasSizeGreaterThanOrEqualTo(10);

        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("demo", "--examples", AnalyzeCommandTest.EXAMPLES.toString(),
                "--html", tmp.resolve("report.html").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String out = r.out();
        int a = out.indexOf("Province A (province-a)");
        int b = out.indexOf("City B (city-b)");
        int diff = out.indexOf("Differences:");
        assertThat(a).isNotNegative().isLessThan(b);
        String provinceA = out.substring(a, b);
        String cityB = out.substring(b, diff < 0 ? out.length() : diff);
        List<String> missing = new ArrayList<>();
        for (String[] row : rows) {
            for (String q : quoted(row[1])) {
                if (!provinceA.contains(q)) {
                    missing.add(row[0] + ", Province A: " + q);
                }
            }
            for (String q : quoted(row[2])) {
                if (!cityB.contains(q)) {
                    missing.add(row[0] + ", City B: " + q);
                }
            }
        }
        assertThat(missing).as("figures examples/README.md quotes that glassbox demo no longer prints").isEmpty();
    }

    private static List<String> quoted(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertThat(out).as("a quoted figure in " + cell).isNotEmpty();
        return out;
    }
}
