package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCommandTest {

    @Test
    void comparisonJsonHasCasesAndDifferencesInWords() throws Exception {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("compare", AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString(),
                AnalyzeCommandTest.EXAMPLES.resolve("city-b").toString(), "--json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/schema").asText()).isEqualTo("glassbox.comparison/1");
        assertThat(j.at("/cases").size()).isEqualTo(2);
        assertThat(j.at("/cases/0/case/id").asText()).isEqualTo("province-a");
        assertThat(j.at("/cases/1/model/verdict").asText()).isEqualTo("market");
        List<String> statements = new ArrayList<>();
        j.at("/differences").forEach(d -> statements.add(d.get("statement").asText()));
        assertThat(statements).contains("Province A's construction model is administrative; City B's construction model is market.");
        assertThat(j.at("/differences/0/values/province-a").asText()).isEqualTo("administrative");
    }

    @Test
    void needsTwoCases() {
        assertThat(AnalyzeCommandTest.run("compare", AnalyzeCommandTest.EXAMPLES.resolve("city-b").toString()).code()).isEqualTo(2);
    }

    @Test
    void oneBadCaseFailsWithItsName() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("compare", AnalyzeCommandTest.EXAMPLES.resolve("city-b").toString(), "/no/such");
        assertThat(r.code()).as("a case path that points at nothing is a usage error (issue 12, item 14)").isEqualTo(2);
        assertThat(r.err()).contains("/no/such");
    }
}
