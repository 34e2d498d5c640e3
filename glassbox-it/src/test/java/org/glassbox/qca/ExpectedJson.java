package org.glassbox.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.qca.minimize.IntermediateSolution;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.Model;
import org.glassbox.qca.minimize.TermFit;

/** Comparison of our results with the reference's JSON (R's auto-unboxing undone: a scalar is a list of one). */
final class ExpectedJson {
    static final double TOL = 1e-9;

    private ExpectedJson() {}

    static List<String> strings(JsonNode n) {
        List<String> l = new ArrayList<>();
        if (n == null || n.isNull()) return l;
        if (n.isArray()) for (JsonNode e : n) l.add(e.asText());
        else l.add(n.asText());
        return l;
    }

    static List<List<String>> solutions(JsonNode n) {
        List<List<String>> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) {
            out.add(List.of(n.asText()));
            return out;
        }
        for (JsonNode m : n) out.add(strings(m));
        return out;
    }

    static void number(String what, JsonNode expected, double actual) {
        if (expected == null || expected.isNull()) {
            assertTrue(Double.isNaN(actual), what + ": expected NA, got " + actual);
            return;
        }
        double e = expected.asDouble();
        if (Math.abs(e - actual) > TOL) fail(what + ": expected " + e + ", got " + actual);
    }

    static void sufficiency(String what, JsonNode e, SufficiencyFit f, boolean withCovU) {
        number(what + " inclS", e.get("inclS"), f.inclS());
        number(what + " PRI", e.get("PRI"), f.pri());
        number(what + " covS", e.get("covS"), f.covS());
        if (withCovU) number(what + " covU", e.get("covU"), f.covU());
    }

    static void termFits(String what, JsonNode inclCov, List<TermFit> fits) {
        assertEquals(inclCov.size(), fits.size(), what + ": number of terms");
        for (int i = 0; i < fits.size(); i++) {
            JsonNode e = inclCov.get(i);
            TermFit t = fits.get(i);
            assertEquals(e.get("term").asText(), t.term(), what + ": term " + (i + 1));
            sufficiency(what + " " + t.term(), e, t.fit(), true);
            if (e.has("cases")) assertEquals(e.get("cases").asText(), t.cases(), what + " " + t.term() + " cases");
        }
    }

    /** IC block: single model → incl.cov + sol.incl.cov; several → overall + individual. */
    static void ic(String what, JsonNode ic, List<Model> models, List<TermFit> overall) {
        if (ic.has("overall")) {
            termFits(what + " overall", ic.get("overall").get("incl.cov"), overall);
            JsonNode ind = ic.get("individual");
            assertEquals(ind.size(), models.size(), what + ": individual models");
            for (int m = 0; m < models.size(); m++) {
                termFits(what + " M" + (m + 1), ind.get(m).get("incl.cov"), models.get(m).termFits());
                sufficiency(what + " M" + (m + 1) + " solution", ind.get(m).get("sol.incl.cov"), models.get(m).fit(), false);
            }
        } else {
            assertEquals(1, models.size(), what + ": models");
            termFits(what, ic.get("incl.cov"), models.get(0).termFits());
            sufficiency(what + " solution", ic.get("sol.incl.cov"), models.get(0).fit(), false);
        }
    }

    static List<Long> rows(JsonNode list) {
        List<Long> l = new ArrayList<>();
        if (list == null || list.isNull()) return l;
        for (JsonNode r : list) l.add(Long.parseLong(r.get("row").asText()));
        return l;
    }

    static void minimization(JsonNode r, MinimizationResult res) {
        List<List<String>> sol = new ArrayList<>();
        for (Model m : res.models()) sol.add(m.terms());
        assertEquals(solutions(r.get("solution")), sol, "solutions");
        assertEquals(strings(r.get("essential")), res.essential(), "essential");
        assertEquals(strings(r.get("primes")), res.primes(), "primes");
        if (r.has("initials")) assertEquals(strings(r.get("initials")), res.initials(), "initials");
        JsonNode num = r.get("numbers");
        assertEquals(num.get("OUT1").asInt(), res.casesOut1(), "OUT1 cases");
        assertEquals(num.get("OUT0").asInt(), res.casesOut0(), "OUT0 cases");
        assertEquals(num.get("OUTC").asInt(), res.casesOutC(), "OUTC cases");
        assertEquals(num.get("Total").asInt(), res.casesTotal(), "total cases");
        if (r.has("IC")) ic("IC", r.get("IC"), res.models(), res.overall());
        if (r.has("SA")) {
            JsonNode sa = r.get("SA");
            for (int m = 0; m < res.models().size(); m++) {
                assertEquals(rows(sa.get("M" + (m + 1))), res.models().get(m).simplifyingAssumptions(), "SA of M" + (m + 1));
            }
        }
        if (r.has("i.sol")) {
            JsonNode is = r.get("i.sol");
            List<String> labels = new ArrayList<>();
            is.fieldNames().forEachRemaining(labels::add);
            List<String> ours = new ArrayList<>();
            for (IntermediateSolution s : res.intermediate()) ours.add(s.label());
            assertEquals(labels, ours, "intermediate labels");
            for (IntermediateSolution s : res.intermediate()) {
                JsonNode e = is.get(s.label());
                String w = s.label();
                assertEquals(strings(e.get("c.sol")), s.complex(), w + " c.sol");
                assertEquals(strings(e.get("p.sol")), s.parsimonious(), w + " p.sol");
                List<List<String>> isol = new ArrayList<>();
                for (Model m : s.models()) isol.add(m.terms());
                assertEquals(solutions(e.get("solution")), isol, w + " solution");
                assertEquals(strings(e.get("essential")), s.essential(), w + " essential");
                assertEquals(strings(e.get("primes")), s.primes(), w + " primes");
                assertEquals(rows(e.get("EC")), s.easy(), w + " EC");
                assertEquals(rows(e.get("DC")), s.difficult(), w + " DC");
                ic(w + " IC", e.get("IC"), s.models(), s.overall());
            }
        }
    }
}
