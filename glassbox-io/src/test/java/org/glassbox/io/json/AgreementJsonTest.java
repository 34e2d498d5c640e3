package org.glassbox.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.glassbox.core.agreement.CodeAgreement;
import org.glassbox.core.agreement.FieldAgreement;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.agreement.UnitizedCoefficient;
import org.glassbox.core.agreement.cases.CaseAgreementReport;
import org.glassbox.core.agreement.cases.Disagreement;
import org.glassbox.core.agreement.cases.EventMatching;
import org.glassbox.core.agreement.cases.LeftOut;
import org.glassbox.core.agreement.cases.MatchMethod;
import org.glassbox.core.agreement.cases.MatchedEvent;
import org.glassbox.core.agreement.cases.UnmatchedEvent;
import org.junit.jupiter.api.Test;

class AgreementJsonTest {
    @Test
    void writesTheSchemaWithAbsentAndNullWhereCoefficientsDoNotApplyOrAreUndefined() throws Exception {
        FieldAgreement type = new FieldAgreement("type", Level.NOMINAL, 4, 2, 0.75, 2.0 / 3, 0.7, new double[] {0.2, 1.0});
        FieldAgreement precision = new FieldAgreement("date_precision", Level.ORDINAL, 4, 2, 1.0, null, Double.NaN, null);
        StringWriter w = new StringWriter();
        AgreementJson.write(List.of(type, precision), List.of(new CodeAgreement("x", Double.NaN, 0.5, 3,
                new UnitizedCoefficient(0.25, 0.3, 0.4, 20, 3))), w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.agreement/1");
        JsonNode t = j.get("coefficients").get(0);
        assertThat(t.fieldNames()).toIterable().containsExactly("field", "level", "units", "coders", "percent", "cohenKappa",
                "krippendorffAlpha", "ci95");
        assertThat(t.get("percent").asDouble()).isEqualTo(0.75);
        assertThat(t.get("ci95").get(1).asDouble()).isEqualTo(1.0);
        JsonNode p = j.get("coefficients").get(1);
        assertThat(p.has("cohenKappa")).isFalse();
        assertThat(p.has("ci95")).isFalse();
        assertThat(p.get("krippendorffAlpha").isNull()).isTrue();
        assertThat(p.get("level").asText()).isEqualTo("ordinal");
        JsonNode code = j.get("passages").get(0);
        assertThat(code.fieldNames()).toIterable().containsExactly("code", "cuAlpha", "overlap", "units", "binaryAlpha");
        assertThat(code.get("cuAlpha").isNull()).isTrue();
        assertThat(code.get("overlap").asDouble()).isEqualTo(0.5);
        assertThat(code.get("binaryAlpha").asDouble()).isEqualTo(0.25);
        assertThat(code.get("units").asInt()).isEqualTo(3);
    }

    @Test
    void aCaseComparisonAddsWhatEachFieldLeavesOutAndTheMatchingOfEvents() throws Exception {
        FieldAgreement type = new FieldAgreement("type", Level.NOMINAL, 1, 3, 1.0, null, Double.NaN, null);
        FieldAgreement targets = new FieldAgreement("targets", Level.MASI, 2, 3, 0.5, null, 0.1, new double[] {-0.5, 1.0});
        // three coders: u1 by id (A, B) with C's z1 matched by key, e2 by id without C, B's b9 alone
        EventMatching m = new EventMatching(
                List.of(new MatchedEvent("e1=z1", MatchMethod.DATE_INITIATOR_TYPE, List.of("e1", "e1", "z1")),
                        new MatchedEvent("e2", MatchMethod.ID, java.util.Arrays.asList("e2", "e2", null))),
                List.of(new UnmatchedEvent("B", "b9", "2019", "meeting", "gov")));
        CaseAgreementReport r = new CaseAgreementReport(List.of("A", "B", "C"), m, List.of(type, targets),
                List.of(new Disagreement("e1=z1", "targets", List.of("x", "x", "y"))),
                List.of(new LeftOut("type", 0, 1), new LeftOut("targets", 0, 0)));
        StringWriter w = new StringWriter();
        AgreementJson.write(r, List.of(), w);
        JsonNode j = new ObjectMapper().readTree(w.toString());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.agreement/1");
        assertThat(j.fieldNames()).toIterable().containsExactly("schema", "coefficients", "events", "passages");
        JsonNode t = j.get("coefficients").get(0);
        assertThat(t.fieldNames()).toIterable().containsExactly("field", "level", "units", "coders", "percent",
                "krippendorffAlpha", "leftOutUnits", "leftOutValues");
        assertThat(t.get("leftOutUnits").asInt()).isZero();
        assertThat(t.get("leftOutValues").asInt()).isEqualTo(1);
        assertThat(j.get("coefficients").get(1).get("leftOutValues").asInt()).isZero();
        JsonNode e = j.get("events");
        assertThat(e.fieldNames()).toIterable().containsExactly("matched", "byId", "byDateInitiatorType", "unmatched",
                "notCodedByAll", "unitizingDisagreements", "fieldDisagreements");
        assertThat(e.get("matched").asInt()).isEqualTo(2);
        assertThat(e.get("byId").asInt()).isEqualTo(1);
        assertThat(e.get("byDateInitiatorType").asInt()).isEqualTo(1);
        assertThat(e.get("unmatched").asInt()).isEqualTo(1);
        assertThat(e.get("notCodedByAll").asInt()).isEqualTo(1);
        // b9 alone + e2 without C
        assertThat(e.get("unitizingDisagreements").asInt()).isEqualTo(2);
        assertThat(e.get("fieldDisagreements").asInt()).isEqualTo(1);
        // a table's document has neither
        StringWriter tw = new StringWriter();
        AgreementJson.write(List.of(type), List.of(), tw);
        JsonNode tj = new ObjectMapper().readTree(tw.toString());
        assertThat(tj.has("events")).isFalse();
        assertThat(tj.get("coefficients").get(0).has("leftOutUnits")).isFalse();
    }
}
