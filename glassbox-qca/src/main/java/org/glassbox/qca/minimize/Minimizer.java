package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.expr.Implicant;
import org.glassbox.qca.expr.Notation;
import org.glassbox.qca.expr.SopExpression;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableRow;

/**
 * Minimises a truth table (Ragin 1987; Dusa 2019, ch. 8): prime implicants of the positive rows,
 * with logical remainders as don't cares for the parsimonious solution, then every minimal cover of
 * the prime implicant chart, then parameters of fit on the raw set memberships.
 *
 * <p>Complex solution: primes by {@link QuineMcCluskey} over the positive rows only. Parsimonious
 * solution: primes by {@link ConsistencyCubes} (no negative row covered). Intermediate solution
 * (Ragin and Sonnett 2005; Ragin 2008, ch. 9): for each complex model Ci and parsimonious model Pj,
 * a remainder r is an easy counterfactual when some parsimonious term covers r and a complex term,
 * and a positive row q of that complex term is no more favourable to the outcome than r on every
 * directional expectation (a conjunctural expectation such as {@code ~LIT*IND} counts as one
 * expectation, true or false); the intermediate models are the minimal covers by the primes of the
 * positive rows plus the easy counterfactuals. Difficult counterfactuals are Pj's other remainders.
 */
public final class Minimizer {
    private static final long ENUMERATION_CAP = 1L << 22;

    private final TruthTable table;
    private final SetData data;
    private final MinimizeOptions options;
    private final Notation notation;
    private final List<TruthTableRow> positives = new ArrayList<>();
    private final List<int[]> positiveConfigs = new ArrayList<>();
    private final List<int[]> negativeConfigs = new ArrayList<>();
    private final double[] y;
    private boolean truncated;

    private Minimizer(TruthTable table, MinimizeOptions options) {
        this.table = table;
        this.data = table.data();
        this.options = options;
        this.notation = new Notation(data.conditions(), data.multivalue());
        this.y = data.outcome();
        for (TruthTableRow r : table.rows()) {
            boolean pos = r.out().equals("1") || (options.includeContradictions() && r.out().equals("C"));
            boolean neg = r.out().equals("0") || (!options.includeContradictions() && r.out().equals("C"));
            if (pos) {
                positives.add(r);
                positiveConfigs.add(r.config());
            } else if (neg) {
                negativeConfigs.add(r.config());
            }
        }
        for (long num : table.options().exclude()) {
            if (num < 1 || num > table.size()) throw QcaInputException.parameter("exclude", 0, "row " + num + " does not exist (rows 1.." + table.size() + ")");
            if (table.row(num) == null) negativeConfigs.add(table.configuration(num));
        }
    }

    /** Minimises {@code table} as the options say. */
    public static MinimizationResult minimize(TruthTable table, MinimizeOptions options) {
        return new Minimizer(table, options).run();
    }

    private MinimizationResult run() {
        if (positives.isEmpty()) {
            throw new QcaInputException("truth table", 0, 0, "no positive configurations (OUT = 1): nothing to minimise; lower `inclCut` or `nCut`");
        }
        Chart chart;
        if (options.includeRemainders()) {
            List<ConsistencyCubes.Prime> found = new ArrayList<>(ConsistencyCubes.primesWithCover(data.levels(), positiveConfigs, negativeConfigs));
            found.sort((a, b) -> Implicant.REFERENCE_ORDER.compare(a.implicant(), b.implicant()));
            List<Implicant> primes = new ArrayList<>();
            List<BitSet> covers = new ArrayList<>();
            for (ConsistencyCubes.Prime p : found) {
                primes.add(p.implicant());
                covers.add(p.positives());
            }
            chart = solveChart(primes, covers, options.rowDominance());
        } else {
            List<Implicant> primes = new ArrayList<>(QuineMcCluskey.primes(data.levels(), positiveConfigs, List.of()));
            primes.sort(Implicant.COMPLEX_ORDER);
            chart = solve(primes, positiveConfigs, options.rowDominance());
        }
        List<Model> models = models(chart.primes, chart.solutions);
        List<TermFit> overall = overall(chart.primes, chart.solutions);

        List<IntermediateSolution> inter = new ArrayList<>();
        if (options.hasDirectionalExpectations()) {
            if (!options.includeRemainders()) {
                throw QcaInputException.parameter("dirExp", 0, "directional expectations need remainders: add `includeRemainders`");
            }
            inter = intermediate(chart);
        }
        int out1 = 0, out0 = 0, outC = 0;
        for (TruthTableRow r : table.rows()) {
            switch (r.out()) {
                case "1" -> out1 += r.n();
                case "0" -> out0 += r.n();
                case "C" -> outC += r.n();
                default -> { }
            }
        }
        List<String> initials = new ArrayList<>();
        for (int[] c : positiveConfigs) initials.add(notation.term(Implicant.ofConfiguration(c)));
        return new MinimizationResult(data.outcomeName(), models, overall, terms(chart.primes, chart.essential),
                terms(chart.primes, range(chart.primes.size())), initials, out1, out0, outC, data.caseCount(), inter, truncated);
    }

    private record Chart(List<Implicant> primes, int[] essential, List<int[]> solutions) {}

    private Chart solve(List<Implicant> primes, List<int[]> columns, boolean rowDominance) {
        return solveChart(primes, covers(primes, columns), rowDominance);
    }

    private Chart solveChart(List<Implicant> primes, List<BitSet> covers, boolean rowDominance) {
        int columns = positiveConfigs.size();
        if (rowDominance) {
            List<Integer> keep = PrimeImplicantChart.undominated(covers);
            List<Implicant> p2 = new ArrayList<>();
            List<BitSet> c2 = new ArrayList<>();
            for (int i : keep) {
                p2.add(primes.get(i));
                c2.add(covers.get(i));
            }
            primes = p2;
            covers = c2;
        }
        PrimeImplicantChart chart = new PrimeImplicantChart(covers, columns);
        List<int[]> sols = chart.minimalSolutions(options.modelLimit());
        truncated |= chart.truncated();
        return new Chart(primes, inEveryModel(sols), sols);
    }

    /** The reference's "essential" implicants: those in every minimal model. */
    private static int[] inEveryModel(List<int[]> solutions) {
        BitSet common = null;
        for (int[] s : solutions) {
            BitSet b = new BitSet();
            for (int i : s) b.set(i);
            if (common == null) common = b;
            else common.and(b);
        }
        return common == null ? new int[0] : common.stream().toArray();
    }

    private static List<BitSet> covers(List<Implicant> primes, List<int[]> columns) {
        List<BitSet> covers = new ArrayList<>();
        for (Implicant p : primes) {
            BitSet b = new BitSet();
            for (int c = 0; c < columns.size(); c++) if (p.covers(columns.get(c))) b.set(c);
            covers.add(b);
        }
        return covers;
    }

    private List<Model> models(List<Implicant> primes, List<int[]> solutions) {
        List<Model> models = new ArrayList<>();
        for (int[] sol : solutions) {
            List<Implicant> terms = new ArrayList<>();
            for (int i : sol) terms.add(primes.get(i));
            models.add(model(terms));
        }
        return models;
    }

    /** A model of the given terms with fit; terms keep their order. */
    Model model(List<Implicant> terms) {
        List<TermFit> fits = termFits(terms);
        double[] union = new double[data.caseCount()];
        for (Implicant t : terms) {
            double[] m = membership(t);
            for (int i = 0; i < union.length; i++) union[i] = Math.max(union[i], m[i]);
        }
        List<String> names = new ArrayList<>();
        for (Implicant t : terms) names.add(notation.term(t));
        return new Model(names, fits, SufficiencyFit.of(union, y), simplifyingAssumptions(terms));
    }

    private List<TermFit> termFits(List<Implicant> terms) {
        double[][] ms = new double[terms.size()][];
        for (int k = 0; k < ms.length; k++) ms[k] = membership(terms.get(k));
        double[] covU = terms.size() > 1 ? SufficiencyFit.uniqueCoverages(ms, y) : new double[] {Double.NaN};
        List<TermFit> fits = new ArrayList<>();
        for (int k = 0; k < ms.length; k++) {
            fits.add(new TermFit(notation.term(terms.get(k)), SufficiencyFit.of(ms[k], y).withCovU(covU[k]), cases(terms.get(k))));
        }
        return fits;
    }

    private List<TermFit> overall(List<Implicant> primes, List<int[]> solutions) {
        TreeSet<Integer> used = new TreeSet<>();
        for (int[] s : solutions) for (int i : s) used.add(i);
        List<Implicant> terms = new ArrayList<>();
        for (int i : used) terms.add(primes.get(i));
        return termFits(terms);
    }

    /** Membership of every case in a term: min over its literals. */
    double[] membership(Implicant t) {
        double[] m = new double[data.caseCount()];
        java.util.Arrays.fill(m, 1);
        for (int j = 0; j < t.size(); j++) {
            int c = t.code(j);
            if (c == 0) continue;
            for (int i = 0; i < m.length; i++) m[i] = Math.min(m[i], data.membership(j, c - 1, i));
        }
        return m;
    }

    private String cases(Implicant t) {
        StringJoiner rows = new StringJoiner("; ");
        for (TruthTableRow r : positives) {
            if (t.covers(r.config())) rows.add(String.join(",", r.cases()));
        }
        return rows.toString();
    }

    private final java.util.Map<Implicant, long[]> remaindersOfTerm = new java.util.HashMap<>();

    /** Remainders covered by any of the terms, ascending (per-term lists are cached: models share terms). */
    private List<Long> simplifyingAssumptions(List<Implicant> terms) {
        int total = 0;
        List<long[]> parts = new ArrayList<>();
        for (Implicant t : terms) {
            long[] r = remaindersOfTerm.computeIfAbsent(t, key -> {
                java.util.stream.LongStream.Builder b = java.util.stream.LongStream.builder();
                forEachRemainder(key, cfg -> b.add(table.rowNumber(cfg)));
                return b.build().toArray();
            });
            parts.add(r);
            total += r.length;
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] r : parts) {
            System.arraycopy(r, 0, all, k, r.length);
            k += r.length;
        }
        long[] distinct = java.util.Arrays.stream(all).sorted().distinct().toArray();
        return new RowNumbers(distinct);
    }

    /** Calls back with every logical remainder inside the term (bounded by {@link #ENUMERATION_CAP}). */
    private void forEachRemainder(Implicant t, java.util.function.Consumer<int[]> action) {
        int[] lv = data.levels();
        long volume = 1;
        for (int j = 0; j < lv.length; j++) if (t.code(j) == 0) volume *= lv[j];
        if (volume > ENUMERATION_CAP) {
            truncated = true;
            return;
        }
        int[] cfg = new int[lv.length];
        for (int j = 0; j < lv.length; j++) cfg[j] = t.code(j) == 0 ? 0 : t.code(j) - 1;
        while (true) {
            if (table.isRemainder(cfg)) action.accept(cfg.clone());
            int j = lv.length - 1;
            while (j >= 0) {
                if (t.code(j) == 0) {
                    cfg[j]++;
                    if (cfg[j] < lv[j]) break;
                    cfg[j] = 0;
                }
                j--;
            }
            if (j < 0) return;
        }
    }

    private List<IntermediateSolution> intermediate(Chart pars) {
        List<List<SopExpression.Literal>> expectations = parseExpectations(options.directionalExpectations());
        List<Implicant> cPrimes = new ArrayList<>(QuineMcCluskey.primes(data.levels(), positiveConfigs, List.of()));
        cPrimes.sort(Implicant.COMPLEX_ORDER);
        Chart complex = solve(cPrimes, positiveConfigs, false);
        List<IntermediateSolution> out = new ArrayList<>();
        for (int ci = 0; ci < complex.solutions.size(); ci++) {
            List<Implicant> cTerms = pick(complex.primes, complex.solutions.get(ci));
            for (int pj = 0; pj < pars.solutions.size(); pj++) {
                List<Implicant> pTerms = pick(pars.primes, pars.solutions.get(pj));
                TreeSet<Long> easy = new TreeSet<>();
                List<int[]> easyConfigs = new ArrayList<>();
                for (Implicant c : cTerms) {
                    List<int[]> qs = new ArrayList<>();
                    for (int[] q : positiveConfigs) if (c.covers(q)) qs.add(q);
                    for (Implicant p : pTerms) {
                        if (!p.subsumes(c)) continue;
                        forEachRemainder(p, r -> {
                            for (int[] q : qs) {
                                if (noLessFavourable(r, q, expectations)) {
                                    if (easy.add(table.rowNumber(r))) easyConfigs.add(r);
                                    break;
                                }
                            }
                        });
                    }
                }
                List<Implicant> iPrimes = new ArrayList<>(QuineMcCluskey.primes(data.levels(), positiveConfigs, easyConfigs));
                iPrimes.sort(Implicant.COMPLEX_ORDER);
                Chart ichart = solve(iPrimes, positiveConfigs, false);
                List<Model> models = models(ichart.primes, ichart.solutions);
                TreeSet<Long> difficult = new TreeSet<>(simplifyingAssumptions(pTerms));
                difficult.removeAll(easy);
                out.add(new IntermediateSolution("C" + (ci + 1) + "P" + (pj + 1), names(cTerms), names(pTerms),
                        terms(ichart.primes, range(ichart.primes.size())), terms(ichart.primes, ichart.essential), models,
                        overall(ichart.primes, ichart.solutions), new ArrayList<>(easy), new ArrayList<>(difficult)));
            }
        }
        return out;
    }

    /** r is no less favourable than q when every expectation true at q is true at r. */
    private static boolean noLessFavourable(int[] r, int[] q, List<List<SopExpression.Literal>> expectations) {
        for (List<SopExpression.Literal> e : expectations) {
            if (holds(e, q) && !holds(e, r)) return false;
        }
        return true;
    }

    private static boolean holds(List<SopExpression.Literal> product, int[] cfg) {
        for (SopExpression.Literal l : product) if (!l.levels().get(cfg[l.condition()])) return false;
        return true;
    }

    /** "A, ~B, -, C*~D": comma-separated expectations; "-" (or a condition left out) means none. */
    List<List<SopExpression.Literal>> parseExpectations(String text) {
        List<List<SopExpression.Literal>> out = new ArrayList<>();
        int offset = 0;
        for (String item : text.split(",", -1)) {
            String t = item.trim();
            if (!t.isEmpty() && !t.equals("-")) {
                SopExpression e;
                try {
                    e = SopExpression.parse("dirExp", t, data.conditions(), data.levels());
                } catch (QcaInputException ex) {
                    throw QcaInputException.parameter("dirExp", offset + ex.column(), ex.getMessage());
                }
                if (e.products().size() != 1) {
                    throw QcaInputException.parameter("dirExp", offset + 1, "'" + t + "': an expectation is one condition or one conjunction; separate expectations with commas");
                }
                out.add(e.products().get(0));
            }
            offset += item.length() + 1;
        }
        return out;
    }

    private static List<Implicant> pick(List<Implicant> primes, int[] idx) {
        List<Implicant> l = new ArrayList<>();
        for (int i : idx) l.add(primes.get(i));
        return l;
    }

    private List<String> names(List<Implicant> terms) {
        List<String> l = new ArrayList<>();
        for (Implicant t : terms) l.add(notation.term(t));
        return l;
    }

    private List<String> terms(List<Implicant> primes, int[] idx) {
        return names(pick(primes, idx));
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

}
