package org.glassbox.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    static Case small() {
        List<Actor> actors = List.of(new Actor("g", "Government", "government"), new Actor("d", "Department", "government"),
                new Actor("e", "Firm", "private-enterprise"));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "plan", PartialDate.parse("2020-02"));
        b.actor("g", Role.INITIATOR).actor("d", Role.TARGET).actor("e", Role.PARTICIPANT);
        b.add("e2", "procurement", PartialDate.parse("2021-03"));
        b.actor("d", Role.INITIATOR).actor("e", Role.TARGET);
        List<Tie> ties = List.of(new Tie("t1", "g", "d", "command", null, null, null, Map.of()),
                new Tie("t2", "d", "e", "contract", PartialDate.parse("2021"), null, null, Map.of()));
        CaseInfo info = new CaseInfo("small", "Small", null, null, null, 2020, 2021,
                List.of(new Phase("p1", "One", PartialDate.parse("2020"), PartialDate.parse("2020")),
                        new Phase("p2", "Two", PartialDate.parse("2021"), PartialDate.parse("2021"))), null, Map.of());
        return Case.of(info, actors, ties, b.build(), List.of(), List.of(), Codebook.defaults());
    }

    static JsonNode json(CaseAnalysis a) throws Exception {
        StringWriter w = new StringWriter();
        AnalysisJson.write(a, w);
        return new ObjectMapper().readTree(w.toString());
    }

    @Test
    void writesEveryRequiredField() throws Exception {
        CaseAnalysis a = Glassbox.analyze(small(), AnalysisOptions.builder().glassboxVersion("1.2.3").build().withSensitivity(true));
        JsonNode j = json(a);
        for (String path : List.of("/schema", "/case/id", "/periods/0/structure/type", "/periods/0/structure/metrics/krackhardtHierarchy",
                "/periods/0/mechanism/dominant", "/periods/0/embedding/index", "/periods/0/subjects/betweenness/sources",
                "/phases/1/id", "/phaseDetection/boundaries/0/shifts", "/structure/late", "/structure/evolution/1/type",
                "/embedding/trajectory", "/model/verdict", "/model/scores/hybrid", "/model/evidence/0/claim",
                "/model/evidence/0/ties", "/formalism/diagnostics/3/flagged", "/provenance/codebookSha256",
                "/sensitivity/runs/0/flips", "/subjects/formation/0/kind")) {
            assertThat(j.at(path).isMissingNode()).as(path).isFalse();
        }
        assertThat(j.at("/schema").asText()).isEqualTo(AnalysisJson.SCHEMA);
        assertThat(j.at("/case/id").asText()).isEqualTo("small");
        assertThat(j.at("/periods").size()).isEqualTo(2);
        assertThat(j.at("/phases/0/kind").asText()).isEqualTo("coded-phase");
        assertThat(j.at("/structure/late").asText()).isEqualTo(a.structureLate().word());
        // the small case's late stage is below the evidence minimum: no verdict, a leaning and the reason
        assertThat(a.model().decided()).isFalse();
        assertThat(j.at("/model/verdict").isNull()).isTrue();
        assertThat(j.at("/model/status").asText()).isEqualTo("undetermined");
        assertThat(j.at("/model/leaning").asText()).isEqualTo(a.model().leaning().word());
        assertThat(j.at("/model/reason").asText()).startsWith("insufficient: ");
        assertThat(j.at("/model/late/n").asInt()).isEqualTo(a.model().late().weight().n());
        assertThat(j.at("/model/phases").size()).isEqualTo(a.phases().size());
        // every per-period figure carries its n; an insufficient one is null with status insufficient
        var w = a.years().get(1).weight("embedding.contractStrength");
        assertThat(j.at("/periods/1/embedding/weights/contractStrength/n").asInt()).isEqualTo(w.n());
        assertThat(j.at("/periods/1/embedding/weights/contractStrength/status").asText()).isEqualTo(w.status());
        assertThat(j.at("/periods/1/embedding/contractStrength").isNull()).isEqualTo(!w.sufficient());
        assertThat(j.at("/periods/1/structure/n").asInt()).isEqualTo(a.years().get(1).structure().actorsUnderAuthority());
        assertThat(j.at("/structure/lateStatus").asText()).isIn("sufficient", "insufficient");
        assertThat(j.at("/model/evidence").size()).isEqualTo(a.model().evidence().size());
        assertThat(j.at("/provenance/glassboxVersion").asText()).isEqualTo("1.2.3");
        if (w.sufficient()) {
            assertThat(j.at("/periods/1/embedding/contractStrength").asDouble()).isEqualTo(a.years().get(1).embedding().contractStrength());
        }
    }

    @Test
    void comparisonHoldsEachCaseAsAnalyzeWritesIt() throws Exception {
        CaseAnalysis a = Glassbox.analyze(small(), AnalysisOptions.defaults());
        StringWriter w = new StringWriter();
        AnalysisJson.write(Glassbox.compare(List.of(a, a)), w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.at("/schema").asText()).isEqualTo(AnalysisJson.COMPARISON_SCHEMA);
        assertThat(j.at("/cases/0")).isEqualTo(json(a));
        assertThat(j.at("/differences").size()).isZero();
        assertThat(j.at("/agreements").size()).isPositive();
    }
}
