package org.glassbox.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.glassbox.core.agreement.CodeAgreement;
import org.glassbox.core.agreement.FieldAgreement;
import org.glassbox.core.agreement.cases.CaseAgreementReport;
import org.glassbox.core.agreement.cases.EventMatching;
import org.glassbox.core.agreement.cases.LeftOut;

/**
 * Coder agreement as JSON, schema {@value #SCHEMA} (docs/json.md):
 * <pre>
 * {"schema": "glassbox.agreement/1",
 *  "coefficients": [{"field", "level", "units", "coders", "percent", "cohenKappa", "krippendorffAlpha", "ci95",
 *                    "leftOutUnits", "leftOutValues"}],
 *  "events": {"matched", "byId", "byDateInitiatorType", "unmatched", "notCodedByAll",
 *             "unitizingDisagreements", "fieldDisagreements"},
 *  "passages": [{"code", "cuAlpha", "overlap", "units", "binaryAlpha"}]}
 * </pre>
 * {@code leftOutUnits}, {@code leftOutValues} and {@code events} come with coders' versions of a case
 * ({@link #write(CaseAgreementReport, List, Writer)}) and are absent for a table: what each field
 * leaves out as the matching key ({@link LeftOut}), and the matching with its disagreements on
 * whether an event exists ({@link EventMatching#unitizingDisagreements()}) and on fields.
 * {@code passages} is {@link org.glassbox.core.agreement.PassageAgreement#codes()}: per code, then
 * the row {@code "*"} for all codes; {@code binaryAlpha} is the code's |uα (coded with it or not).
 * {@code percent} (percent agreement) and {@code overlap} (percent overlap) are shares in [0, 1],
 * like every share in Glassbox's JSON; a coefficient that applies but is
 * undefined is {@code null}; {@code cohenKappa} is absent where κ does not apply, {@code ci95}
 * ({@code [lower, upper]}) absent where α is undefined. Field names are fixed here, not derived
 * from the record classes.
 */
public final class AgreementJson {
    public static final String SCHEMA = "glassbox.agreement/1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AgreementJson() {
    }

    /** Writes the document of a table's (or any) coefficients, indented, and does not close the writer. */
    public static void write(List<FieldAgreement> coefficients, List<CodeAgreement> passages, Writer w) throws IOException {
        write(tree(coefficients, passages), w);
    }

    /** Writes the document of coders' versions of a case, indented, and does not close the writer. */
    public static void write(CaseAgreementReport report, List<CodeAgreement> passages, Writer w) throws IOException {
        write(tree(report, passages), w);
    }

    private static void write(ObjectNode tree, Writer w) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(w, tree);
    }

    public static ObjectNode tree(List<FieldAgreement> coefficients, List<CodeAgreement> passages) {
        return tree(coefficients, null, passages);
    }

    /** The document of coders' versions of a case: the coefficients with what they leave out, and the matching. */
    public static ObjectNode tree(CaseAgreementReport report, List<CodeAgreement> passages) {
        return tree(report.fields(), report, passages);
    }

    private static ObjectNode tree(List<FieldAgreement> coefficients, CaseAgreementReport report, List<CodeAgreement> passages) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        ArrayNode cs = o.putArray("coefficients");
        for (FieldAgreement f : coefficients) {
            ObjectNode x = cs.addObject();
            x.put("field", f.field());
            x.put("level", f.level().word());
            x.put("units", f.units());
            x.put("coders", f.coders());
            number(x, "percent", f.percent());
            if (f.cohenKappa() != null) {
                number(x, "cohenKappa", f.cohenKappa());
            }
            number(x, "krippendorffAlpha", f.krippendorffAlpha());
            double[] ci = f.ci95();
            if (ci != null) {
                ArrayNode a = x.putArray("ci95");
                a.add(ci[0]);
                a.add(ci[1]);
            }
            if (report != null) {
                LeftOut l = report.leftOut(f.field());
                x.put("leftOutUnits", l.units());
                x.put("leftOutValues", l.values());
            }
        }
        if (report != null) {
            EventMatching m = report.matching();
            ObjectNode e = o.putObject("events");
            e.put("matched", m.matched().size());
            e.put("byId", m.byId());
            e.put("byDateInitiatorType", m.byDateInitiatorType());
            e.put("unmatched", m.unmatched().size());
            e.put("notCodedByAll", m.notCodedByAll());
            e.put("unitizingDisagreements", m.unitizingDisagreements());
            e.put("fieldDisagreements", report.disagreements().size());
        }
        ArrayNode ps = o.putArray("passages");
        for (CodeAgreement c : passages) {
            ObjectNode x = ps.addObject();
            x.put("code", c.code());
            number(x, "cuAlpha", c.cuAlpha());
            number(x, "overlap", c.overlap());
            x.put("units", c.units());
            number(x, "binaryAlpha", c.binary().alpha());
        }
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
