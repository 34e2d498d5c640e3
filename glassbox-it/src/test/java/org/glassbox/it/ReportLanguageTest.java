package org.glassbox.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's report in English and in Chinese (issue 12 items 8 and 9): no threshold key such as
 * {@code structure.matrix.dual_authority_min} is shown to a reader in either, each link of the
 * Chinese evidence chain carries every number of its English twin (the same reasoning, the
 * comparison with its threshold), "who initiates" is said in Chinese words, and the diagnostic
 * and the model carry their one name ("lack of people-centredness", "market-based").
 */
class ReportLanguageTest {
    static final Path EXAMPLES = PdfReportTest.EXAMPLES;
    static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    static final Pattern THRESHOLD_KEY = Pattern.compile("(structure|embedding|model|formalism)\\.[a-z_.]+_(min|max|days|months)");

    static JsonNode data(String html) throws Exception {
        int at = html.indexOf("id=\"glassbox-data\">");
        int end = html.indexOf("</script>", at);
        return new ObjectMapper().readTree(html.substring(html.indexOf('>', at) + 1, end));
    }

    /** The report's text a reader can meet: the embedded data without the label bundle (whose keys are not shown). */
    static String shown(JsonNode d) {
        return d.path("cases").toString() + d.path("comparison").toString();
    }

    static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theChineseChainCarriesTheEnglishReasoningAndNoThresholdKeyIsShown(@TempDir Path tmp) throws Exception {
        Path en = tmp.resolve("en.html");
        Path zh = tmp.resolve("zh.html");
        assertThat(PdfReportTest.run("demo", "--examples", EXAMPLES.toString(), "--html", en.toString()).exit()).isZero();
        assertThat(PdfReportTest.run("demo", "--examples", EXAMPLES.toString(), "--html", zh.toString(), "--lang", "zh").exit())
                .isZero();
        JsonNode de = data(Files.readString(en, StandardCharsets.UTF_8));
        JsonNode dz = data(Files.readString(zh, StandardCharsets.UTF_8));
        assertThat(THRESHOLD_KEY.matcher(shown(de)).find()).as("a threshold key in the English report").isFalse();
        assertThat(THRESHOLD_KEY.matcher(shown(dz)).find()).as("a threshold key in the Chinese report").isFalse();
        int links = 0;
        for (int c = 0; c < de.path("cases").size(); c++) {
            JsonNode ve = de.path("cases").get(c).path("analysis").path("verdict");
            JsonNode vz = dz.path("cases").get(c).path("analysis").path("verdict");
            assertThat(vz.path("chain")).hasSameSizeAs(ve.path("chain"));
            for (int k = 0; k < ve.path("chain").size(); k++) {
                String e = ve.path("chain").get(k).path("sentence").asText();
                String z = vz.path("chain").get(k).path("sentence").asText();
                assertThat(numbers(z)).as("numbers of the Chinese link %s against %s", z, e)
                        .containsExactlyInAnyOrderElementsOf(numbers(e));
                assertThat(z).doesNotContainPattern("[a-z]{4,} [a-z]{4,}");
                links++;
            }
            // the rules on the verdict cards, too
            for (String f : List.of("modelRule")) {
                assertThat(numbers(vz.path(f).asText())).containsExactlyInAnyOrderElementsOf(numbers(ve.path(f).asText()));
            }
            assertThat(numbers(vz.path("trajectory").path("rule").asText()))
                    .containsExactlyInAnyOrderElementsOf(numbers(ve.path("trajectory").path("rule").asText()));
            assertThat(vz.path("chain").toString()).contains("谁发起");
        }
        assertThat(links).isGreaterThanOrEqualTo(16);
        String enText = shown(de);
        assertThat(enText).contains("Lack of people-centredness").contains("market-based");
        assertThat(shown(dz)).contains("以人民为中心不足");
        assertThat(de.path("comparison").path("differences").toString())
                .contains("construction model is market-based").doesNotContain("construction model is market.");
        // the CLI summary: one name per thing, the JSON ids unchanged
        PdfReportTest.Run r = PdfReportTest.run("demo", "--examples", EXAMPLES.toString(), "--html", tmp.resolve("x.html").toString());
        assertThat(r.out()).contains("lack of people-centredness", "construction model is market-based", "Construction model: market-based")
                .doesNotContain("construction model is market.");
        PdfReportTest.Run j = PdfReportTest.run("demo", "--examples", EXAMPLES.toString(), "--json", "-",
                "--html", tmp.resolve("y.html").toString());
        assertThat(j.out()).contains("\"people-centredness\"").containsPattern("\"verdict\"\\s*:\\s*\"market\"");
    }
}
