package org.glassbox.qca.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.ParametersOfFit;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.minimize.IntermediateSolution;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.Model;
import org.glassbox.qca.minimize.TermFit;
import org.glassbox.qca.necessity.NecessityTerm;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableRow;

/**
 * The JSON of every QCA result, as the {@code glassbox qca truth|minimize|necessity|fit|calibrate}
 * commands write it (docs/json.md, "QCA JSON"). Keys follow the R package QCA's result objects where it has
 * them ({@code incl.cut}, {@code noflevels}, {@code incl.cov}, {@code OUT}, {@code PRI}, {@code SA},
 * {@code EC}/{@code DC}); a fit that is undefined (NaN, e.g. 0/0) is {@code null}. Key order is fixed.
 */
public final class QcaJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private QcaJson() {
    }

    /** The truth table with its positive, negative and contradictory rows (not the remainders). */
    public static ObjectNode truthTable(TruthTable t) {
        return truthTable(t, t.rows());
    }

    /**
     * The truth table with the given rows (e.g. {@link TruthTable#completeRows()} or sorted):
     * conditions, outcome, noflevels, options (incl.cut, n.cut, pri.cut, exclude), fuzzy,
     * multivalue, rows (row, config, OUT, n, incl, PRI, cases), warnings.
     */
    public static ObjectNode truthTable(TruthTable t, List<TruthTableRow> rows) {
        ObjectNode m = F.objectNode();
        m.set("conditions", strings(t.conditions()));
        m.put("outcome", t.data().outcomeName());
        ArrayNode lv = m.putArray("noflevels");
        for (int l : t.levels()) {
            lv.add(l);
        }
        ObjectNode o = m.putObject("options");
        ArrayNode ic = o.putArray("incl.cut");
        ic.add(t.options().inclCut1());
        if (t.options().inclCut1() != t.options().inclCut0()) {
            ic.add(t.options().inclCut0());
        }
        o.put("n.cut", t.options().nCut());
        o.put("pri.cut", t.options().priCut());
        ArrayNode ex = o.putArray("exclude");
        t.options().exclude().stream().sorted().forEach(ex::add);
        ArrayNode fz = m.putArray("fuzzy");
        for (boolean f : t.data().fuzzy()) {
            fz.add(f);
        }
        m.put("multivalue", t.data().multivalue());
        ArrayNode rs = m.putArray("rows");
        for (TruthTableRow r : rows) {
            ObjectNode row = rs.addObject();
            row.put("row", r.number());
            ObjectNode cfg = row.putObject("config");
            for (int j = 0; j < t.conditions().size(); j++) {
                cfg.put(t.conditions().get(j), r.level(j));
            }
            row.put("OUT", r.out());
            row.put("n", r.n());
            row.put("incl", finite(r.incl()));
            row.put("PRI", finite(r.pri()));
            row.set("cases", strings(r.cases()));
        }
        m.set("warnings", strings(t.warnings()));
        return m;
    }

    /**
     * A minimisation: outcome, solution (the models' terms), solutions (each model with its fit,
     * term fits and simplifying assumptions SA), essential, primes, initials, overall, numbers
     * (cases in OUT1, OUT0, OUTC rows, Total), intermediate (one per complex/parsimonious pair, with
     * the easy EC and difficult DC counterfactuals), truncated.
     */
    public static ObjectNode minimization(MinimizationResult r) {
        ObjectNode m = F.objectNode();
        m.put("outcome", r.outcome());
        ArrayNode solution = m.putArray("solution");
        for (Model model : r.models()) {
            solution.add(strings(model.terms()));
        }
        m.set("solutions", models(r.models()));
        m.set("essential", strings(r.essential()));
        m.set("primes", strings(r.primes()));
        m.set("initials", strings(r.initials()));
        m.set("overall", termFits(r.overall()));
        ObjectNode n = m.putObject("numbers");
        n.put("OUT1", r.casesOut1());
        n.put("OUT0", r.casesOut0());
        n.put("OUTC", r.casesOutC());
        n.put("Total", r.casesTotal());
        ArrayNode inter = m.putArray("intermediate");
        for (IntermediateSolution s : r.intermediate()) {
            ObjectNode im = inter.addObject();
            im.put("label", s.label());
            im.set("c.sol", strings(s.complex()));
            im.set("p.sol", strings(s.parsimonious()));
            im.set("solutions", models(s.models()));
            im.set("essential", strings(s.essential()));
            im.set("primes", strings(s.primes()));
            im.set("overall", termFits(s.overall()));
            im.set("EC", longs(s.easy()));
            im.set("DC", longs(s.difficult()));
        }
        m.put("truncated", r.truncated());
        return m;
    }

    /** Necessary expressions: outcome, incl.cov (term, inclN, RoN, covN). */
    public static ObjectNode necessity(String outcome, List<NecessityTerm> terms) {
        ObjectNode m = F.objectNode();
        m.put("outcome", outcome);
        ArrayNode l = m.putArray("incl.cov");
        for (NecessityTerm t : terms) {
            ObjectNode tm = l.addObject();
            tm.put("term", t.term());
            necessityFit(tm, t.fit());
        }
        return m;
    }

    /**
     * Parameters of fit of an expression's terms: relation ({@code sufficiency} or
     * {@code necessity}, by the first row) and incl.cov (term with inclS, PRI, covS, covU or
     * inclN, RoN, covN).
     */
    public static ObjectNode fit(List<ParametersOfFit.Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows of fit");
        }
        boolean suff = rows.get(0).sufficiency() != null;
        ObjectNode m = F.objectNode();
        m.put("relation", suff ? "sufficiency" : "necessity");
        ArrayNode l = m.putArray("incl.cov");
        for (ParametersOfFit.Row r : rows) {
            ObjectNode tm = l.addObject();
            tm.put("term", r.term());
            if (suff) {
                sufficiencyFit(tm, r.sufficiency(), true);
            } else {
                necessityFit(tm, r.necessity());
            }
        }
        return m;
    }

    /** A calibrated column: column, thresholds (as given), cases, values (the memberships), warnings. */
    public static ObjectNode calibration(String column, String thresholds, List<String> cases, double[] values, List<String> warnings) {
        if (values.length != cases.size()) {
            throw new IllegalArgumentException(values.length + " values for " + cases.size() + " cases");
        }
        ObjectNode m = F.objectNode();
        m.put("column", column);
        m.put("thresholds", thresholds);
        m.set("cases", strings(cases));
        ArrayNode v = m.putArray("values");
        for (double d : values) {
            v.add(d);
        }
        m.set("warnings", strings(warnings));
        return m;
    }

    /** Suggested crisp thresholds of a column: column, thresholds. */
    public static ObjectNode thresholds(String column, double[] thresholds) {
        ObjectNode m = F.objectNode();
        m.put("column", column);
        ArrayNode v = m.putArray("thresholds");
        for (double d : thresholds) {
            v.add(d);
        }
        return m;
    }

    /** Adds inclS, PRI, covS and, when asked, covU to {@code m}. */
    public static ObjectNode sufficiencyFit(ObjectNode m, SufficiencyFit f, boolean covU) {
        m.put("inclS", finite(f.inclS()));
        m.put("PRI", finite(f.pri()));
        m.put("covS", finite(f.covS()));
        if (covU) {
            m.put("covU", finite(f.covU()));
        }
        return m;
    }

    /** Adds inclN, RoN, covN to {@code m}. */
    public static ObjectNode necessityFit(ObjectNode m, NecessityFit f) {
        m.put("inclN", finite(f.inclN()));
        m.put("RoN", finite(f.ron()));
        m.put("covN", finite(f.covN()));
        return m;
    }

    /** Writes indented JSON (two spaces, {@code " : "}) to {@code w}, leaving it open. */
    public static void write(JsonNode tree, Writer w) throws IOException {
        MAPPER.writeValue(w, tree);
    }

    /** Writes indented JSON to a file. */
    public static void write(JsonNode tree, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), tree);
    }

    private static ArrayNode models(List<Model> models) {
        ArrayNode l = F.arrayNode();
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            ObjectNode mm = l.addObject();
            mm.put("model", "M" + (i + 1));
            mm.set("terms", strings(model.terms()));
            mm.set("fit", sufficiencyFit(F.objectNode(), model.fit(), false));
            mm.set("term_fit", termFits(model.termFits()));
            mm.set("SA", longs(List.copyOf(new LinkedHashSet<>(model.simplifyingAssumptions()))));
        }
        return l;
    }

    private static ArrayNode termFits(List<TermFit> fits) {
        ArrayNode l = F.arrayNode();
        for (TermFit t : fits) {
            ObjectNode tm = l.addObject();
            tm.put("term", t.term());
            sufficiencyFit(tm, t.fit(), true);
            tm.put("cases", t.cases());
        }
        return l;
    }

    private static ArrayNode strings(List<String> l) {
        ArrayNode a = F.arrayNode();
        l.forEach(a::add);
        return a;
    }

    private static ArrayNode longs(List<Long> l) {
        ArrayNode a = F.arrayNode();
        l.forEach(a::add);
        return a;
    }

    /** NaN and infinities as null. */
    private static Double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
