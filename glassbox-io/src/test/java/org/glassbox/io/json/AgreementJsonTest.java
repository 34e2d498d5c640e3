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
}
