package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.expr.Implicant;
import org.glassbox.qca.expr.Notation;
import org.glassbox.qca.expr.SopExpression;

/**
 * Theory evaluation (Ragin 1987, ch. 8; Schneider and Wagemann 2012, ch. 11.3; the reference's
 * {@code modelFit}): the four intersections of a model M and a theory T — M*T, M*~T, ~M*T, ~M*~T —
 * each simplified to a minimal sum of products over the complete space of configurations, with the
 * sufficiency fit of the model's terms, M, T and each intersection.
 *
 * @param model         the model as an expression
 * @param theory        the theory as written
 * @param intersections "model*theory" etc. to their simplified expressions ("" when empty)
 * @param fits          term name to inclS, PRI, covS (covU NaN), in the reference's order
 */
public record TheoryEvaluation(String model, String theory, Map<String, String> intersections, Map<String, SufficiencyFit> fits) {
    private static final long SPACE_CAP = 1L << 20;

    public TheoryEvaluation {
        intersections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(intersections));
        fits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fits));
    }

    /** Evaluates a theory against one model (its terms in the reference's notation). */
    public static TheoryEvaluation evaluate(SetData data, List<String> modelTerms, String theory) {
        List<String> conds = data.conditions();
        int[] lv = data.levels();
        SopExpression m = SopExpression.parse("model", String.join(" + ", modelTerms), conds, lv);
        SopExpression t = SopExpression.parse("theory", theory, conds, lv);
        Notation notation = new Notation(conds, data.multivalue());
        long space = 1;
        for (int l : lv) space *= l;
        if (space > SPACE_CAP) throw QcaInputException.parameter("theory", 0, "too many conditions to simplify the intersections (" + space + " configurations)");
        List<int[]> configs = new ArrayList<>();
        int[] c = new int[lv.length];
        while (true) {
            configs.add(c.clone());
            int j = lv.length - 1;
            while (j >= 0 && ++c[j] == lv[j]) c[j--] = 0;
            if (j < 0) break;
        }
        Map<String, String> inter = new LinkedHashMap<>();
        for (int q = 0; q < 4; q++) {
            boolean mm = q < 2, tt = q % 2 == 0;
            List<int[]> on = new ArrayList<>();
            for (int[] cfg : configs) if (m.covers(cfg) == mm && t.covers(cfg) == tt) on.add(cfg);
            String name = (mm ? "" : "~") + "model*" + (tt ? "" : "~") + "theory";
            inter.put(name, simplify(on, lv, notation));
        }
        Map<String, SufficiencyFit> fits = new LinkedHashMap<>();
        double[] y = data.outcome();
        for (List<SopExpression.Literal> p : m.products()) {
            fits.put(m.productText(p, data.multivalue()), SufficiencyFit.of(SopExpression.evaluate(p, data), y));
        }
        fits.put("model", SufficiencyFit.of(m.evaluate(data), y));
        fits.put("theory", SufficiencyFit.of(t.evaluate(data), y));
        for (Map.Entry<String, String> e : inter.entrySet()) {
            double[] x = e.getValue().isEmpty() ? new double[data.caseCount()]
                    : SopExpression.parse(e.getKey(), e.getValue(), conds, lv).evaluate(data);
            fits.put(e.getKey(), SufficiencyFit.of(x, y));
        }
        return new TheoryEvaluation(String.join(" + ", modelTerms), theory, inter, fits);
    }

    /** The first minimal sum of products of a completely specified function (its true configurations). */
    static String simplify(List<int[]> on, int[] levels, Notation notation) {
        if (on.isEmpty()) return "";
        List<Implicant> primes = new ArrayList<>(QuineMcCluskey.primes(levels, on, List.of()));
        primes.sort(Implicant.REFERENCE_ORDER);
        List<BitSet> covers = new ArrayList<>();
        for (Implicant p : primes) {
            BitSet b = new BitSet();
            for (int i = 0; i < on.size(); i++) if (p.covers(on.get(i))) b.set(i);
            covers.add(b);
        }
        int[] first = new PrimeImplicantChart(covers, on.size()).minimalSolutions(1).get(0);
        List<Implicant> terms = new ArrayList<>();
        for (int i : first) terms.add(primes.get(i));
        return notation.sum(terms);
    }
}
