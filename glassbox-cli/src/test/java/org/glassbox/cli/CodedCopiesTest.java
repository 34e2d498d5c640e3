package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.glassbox.core.agreement.CodeAgreement;
import org.glassbox.core.agreement.CodedPassage;
import org.glassbox.core.agreement.PassageAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coded copies of the example case province-a, written as case format 1.1 files (issue 14,
 * items 2 and 4): agreement compares their passages, analyze cites them and counts the coverage.
 */
class CodedCopiesTest {
    static final String TEXT = "省政府印发电子政务建设规划。\n省信息中心与电信运营商签订外网建设合同。\n领导小组第一次会议研究外网建设。\n";

    @TempDir
    Path dir;

    /** A copy of province-a with one document and {@code segments} (id,start,end,links,codes), all under coder id "me". */
    private Path copy(String name, List<String[]> segments) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to.resolve("documents"));
        try (Stream<Path> s = Files.list(AnalyzeCommandTest.EXAMPLES.resolve("province-a"))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        Files.writeString(to.resolve("case.yaml"), Files.readString(to.resolve("case.yaml"))
                + "\nformat: 1.1\ncoders:\n  - {id: me, name: Coder}\n", StandardCharsets.UTF_8);
        Files.writeString(to.resolve("codebook.yaml"), "codes:\n  - {name: plan}\n  - {name: contract}\n", StandardCharsets.UTF_8);
        Files.writeString(to.resolve("documents.csv"), "id,source,text,language\nd1,s02,documents/d1.txt,zh\n", StandardCharsets.UTF_8);
        Files.writeString(to.resolve("documents/d1.txt"), TEXT, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("id,document,start,end,quote,coder,links,codes\n");
        for (String[] g : segments) {
            int start = Integer.parseInt(g[1]);
            int end = Integer.parseInt(g[2]);
            String quote = TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end));
            sb.append(g[0]).append(",d1,").append(start).append(',').append(end).append(',').append(quote.replace("\n", " "))
                    .append(",me,").append(g[3]).append(',').append(g[4]).append('\n');
        }
        Files.writeString(to.resolve("segments.csv"), sb.toString(), StandardCharsets.UTF_8);
        return to;
    }

    private static int at(String s) {
        return TEXT.codePointCount(0, TEXT.indexOf(s));
    }

    private Path[] twoCopies() throws IOException {
        int plan = at("省政府印发");
        int contract = at("省信息中心");
        Path a = copy("coder-a", List.of(
                new String[] {"g1", "" + plan, "" + (plan + 13), "event:e001", "plan"},
                new String[] {"g2", "" + contract, "" + (contract + 19), "event:e004;tie:t01", "contract"}));
        Path b = copy("coder-b", List.of(
                new String[] {"h1", "" + (plan + 3), "" + (plan + 13), "event:e001", "plan"},
                new String[] {"h2", "" + contract, "" + (contract + 10), "event:e004", "contract"}));
        return new Path[] {a, b};
    }

    @Test
    void agreementComparesTheCopiesPassagesOneCoderPerCopy() throws Exception {
        Path[] v = twoCopies();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", v[0].toString(), v[1].toString(), "--json", "-")).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        j.get("passages").forEach(r -> rows.put(r.get("code").asText(), r));
        assertThat(rows.keySet()).containsExactly("contract", "plan", "*");
        // by hand: plan 10 shared code points of a union of 13; contract 10 of 19; pooled 20 of 32
        assertThat(rows.get("plan").get("overlap").asDouble()).isCloseTo(10 / 13.0, within(1e-12));
        assertThat(rows.get("contract").get("overlap").asDouble()).isCloseTo(10 / 19.0, within(1e-12));
        assertThat(rows.get("*").get("overlap").asDouble()).isCloseTo(20 / 32.0, within(1e-12));
        assertThat(rows.get("*").get("units").asInt()).isEqualTo(4);
        // the coefficients are core's on the same passages (the copies' coder id "me" is shared: one coder per copy)
        int plan = at("省政府印发");
        int contract = at("省信息中心");
        PassageAgreement pa = PassageAgreement.ofDocuments(Map.of("d1", (long) TEXT.codePointCount(0, TEXT.length())),
                List.of("coder-a", "coder-b"), List.of(
                        new CodedPassage("d1", plan, plan + 13, "coder-a", Set.of("plan")),
                        new CodedPassage("d1", contract, contract + 19, "coder-a", Set.of("contract")),
                        new CodedPassage("d1", plan + 3, plan + 13, "coder-b", Set.of("plan")),
                        new CodedPassage("d1", contract, contract + 10, "coder-b", Set.of("contract"))));
        for (CodeAgreement c : pa.codes()) {
            assertThat(rows.get(c.code()).get("cuAlpha").asDouble()).as(c.code()).isCloseTo(c.cuAlpha(), within(1e-12));
            assertThat(rows.get(c.code()).get("binaryAlpha").asDouble()).as(c.code()).isCloseTo(c.binary().alpha(), within(1e-12));
        }

        CapturedCli text = new CapturedCli();
        assertThat(text.run("agreement", v[0].toString(), v[1].toString())).isEqualTo(0);
        assertThat(text.out()).contains("Passages: 2 coders (coder-a, coder-b, one per version")
                .containsPattern("(?m)^plan +2 ")
                .containsPattern("(?m)^contract +2 ")
                .containsPattern("(?m)^\\* +4 ")
                .contains("52.6%");
    }

    @Test
    void analyzeCitesTheCodedPassagesAndCountsTheCoverage() throws Exception {
        Path a = twoCopies()[0];
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("analyze", a.toString(), "--json", "-")).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        int with = 0;
        for (JsonNode p : j.get("phases")) {
            assertThat(p.at("/coverage/events").asInt()).isEqualTo(p.get("events").asInt());
            with += p.at("/coverage/eventsWithPassage").asInt();
        }
        assertThat(with).isEqualTo(2); // e001 and e004
        List<String> fors = new ArrayList<>();
        for (JsonNode ev : j.findParents("passages")) {
            for (JsonNode p : ev.get("passages")) {
                fors.add(p.get("for").asText());
                assertThat(TEXT).contains(p.get("quote").asText());
            }
        }
        assertThat(fors).isNotEmpty().isSubsetOf("event:e001", "event:e004", "tie:t01");

        CapturedCli summary = new CapturedCli();
        assertThat(summary.run("analyze", a.toString())).isEqualTo(0);
        assertThat(summary.out().lines().filter(l -> l.startsWith("Documentation (without a coded passage): p1 ")).count())
                .isEqualTo(1);
    }
}
