package org.glassbox.qca.expr;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;

/**
 * A sum of products in the reference notation: {@code A*~B + C}, multi-value {@code A[1]} or
 * {@code A[1,2]}, negated literal {@code ~A} (complement of the levels, or {@code 1 - x} for fuzzy
 * sets). Parsed against a list of condition names; errors carry the character position.
 *
 * <p>Semantics (Dusa 2019, ch. 4): fuzzy AND is the minimum, OR the maximum, NOT is {@code 1 - x}.
 */
public final class SopExpression {

    /** One literal: condition index, the admitted levels, and whether it was written negated. */
    public record Literal(int condition, BitSet levels, boolean negated, boolean bracketed) {
        public Literal {
            levels = (BitSet) levels.clone();
        }

        @Override
        public BitSet levels() {
            return (BitSet) levels.clone();
        }
    }

    private final List<List<Literal>> products;
    private final List<String> conditions;
    private final String text;

    private SopExpression(String text, List<String> conditions, List<List<Literal>> products) {
        this.text = text;
        this.conditions = List.copyOf(conditions);
        List<List<Literal>> p = new ArrayList<>();
        for (List<Literal> l : products) p.add(List.copyOf(l));
        this.products = List.copyOf(p);
    }

    /**
     * Parses {@code text}; {@code levels[j]} is the number of levels of condition j (2 for crisp
     * and fuzzy). {@code source} names the option or file in error messages.
     */
    public static SopExpression parse(String source, String text, List<String> conditions, int[] levels) {
        return new Parser(source, text, conditions, levels).parse();
    }

    public List<List<Literal>> products() { return products; }

    public String text() { return text; }

    /** Membership of every case in the whole expression (max over products of min over literals). */
    public double[] evaluate(SetData data) {
        double[] out = new double[data.caseCount()];
        java.util.Arrays.fill(out, 0);
        for (List<Literal> p : products) {
            double[] m = evaluate(p, data);
            for (int i = 0; i < out.length; i++) out[i] = Math.max(out[i], m[i]);
        }
        return out;
    }

    /** Membership of every case in one product. */
    public static double[] evaluate(List<Literal> product, SetData data) {
        double[] out = new double[data.caseCount()];
        java.util.Arrays.fill(out, 1);
        for (Literal l : product) {
            for (int i = 0; i < out.length; i++) out[i] = Math.min(out[i], membership(l, data, i));
        }
        return out;
    }

    static double membership(Literal l, SetData data, int i) {
        int j = l.condition();
        double x = data.values()[j][i];
        if (data.fuzzy()[j]) {
            return l.levels.get(1) ? x : 1 - x;
        }
        return l.levels.get((int) x) ? 1 : 0;
    }

    /** Whether a configuration (levels per condition) satisfies the expression. */
    public boolean covers(int[] config) {
        for (List<Literal> p : products) {
            boolean all = true;
            for (Literal l : p) if (!l.levels.get(config[l.condition()])) { all = false; break; }
            if (all) return true;
        }
        return false;
    }

    /** Products as implicants; fails when a literal admits several levels. */
    public List<Implicant> implicants() {
        List<Implicant> out = new ArrayList<>();
        for (List<Literal> p : products) {
            int[] codes = new int[conditions.size()];
            for (Literal l : p) {
                if (l.levels.cardinality() != 1) {
                    throw QcaInputException.parameter("expression", 0, "'" + text + "': literal on " + conditions.get(l.condition())
                            + " admits several levels; write one level per literal here");
                }
                int code = l.levels.nextSetBit(0) + 1;
                if (codes[l.condition()] != 0 && codes[l.condition()] != code) {
                    codes = null;
                    break;
                }
                codes[l.condition()] = code;
            }
            if (codes != null) out.add(new Implicant(codes));
        }
        return out;
    }

    /** One product in the reference notation, literals in the order written. */
    public String productText(List<Literal> p, boolean multivalue) {
        StringJoiner sj = new StringJoiner("*");
        for (Literal l : p) {
            String name = conditions.get(l.condition());
            if (multivalue || l.bracketed()) {
                StringJoiner lv = new StringJoiner(",");
                l.levels.stream().forEach(v -> lv.add(Integer.toString(v)));
                sj.add(name + "[" + lv + "]");
            } else {
                sj.add(l.levels.get(1) ? name : "~" + name);
            }
        }
        return sj.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        private final String source;
        private final String s;
        private final List<String> conditions;
        private final int[] levels;
        private int pos;

        Parser(String source, String s, List<String> conditions, int[] levels) {
            this.source = source;
            this.s = s;
            this.conditions = conditions;
            this.levels = levels;
        }

        SopExpression parse() {
            List<List<Literal>> products = new ArrayList<>();
            skip();
            if (pos >= s.length()) throw error("empty expression");
            products.add(product());
            skip();
            while (pos < s.length()) {
                if (s.charAt(pos) != '+') throw error("expected '+' or '*' but found '" + s.charAt(pos) + "'");
                pos++;
                products.add(product());
                skip();
            }
            return new SopExpression(s.trim(), conditions, products);
        }

        private List<Literal> product() {
            List<Literal> lits = new ArrayList<>();
            lits.add(literal());
            skip();
            while (pos < s.length() && s.charAt(pos) == '*') {
                pos++;
                lits.add(literal());
                skip();
            }
            return lits;
        }

        private Literal literal() {
            skip();
            boolean neg = false;
            while (pos < s.length() && s.charAt(pos) == '~') {
                neg = !neg;
                pos++;
                skip();
            }
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '.')) pos++;
            if (start == pos) throw error(pos < s.length() ? "expected a condition name but found '" + s.charAt(pos) + "'" : "expected a condition name at end of expression");
            String name = s.substring(start, pos);
            int j = conditions.indexOf(name);
            if (j < 0) {
                pos = start;
                throw error("unknown condition '" + name + "'; conditions are " + conditions);
            }
            BitSet lv = new BitSet();
            boolean bracketed = false;
            skip();
            if (pos < s.length() && s.charAt(pos) == '[') {
                bracketed = true;
                pos++;
                do {
                    skip();
                    int ds = pos;
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                    if (ds == pos) throw error("expected a level number");
                    int v = Integer.parseInt(s.substring(ds, pos));
                    if (v >= levels[j]) {
                        pos = ds;
                        throw error("level " + v + " of '" + name + "' does not exist (levels 0.." + (levels[j] - 1) + ")");
                    }
                    lv.set(v);
                    skip();
                } while (pos < s.length() && s.charAt(pos) == ',' && ++pos > 0);
                if (pos >= s.length() || s.charAt(pos) != ']') throw error("expected ']'");
                pos++;
            } else {
                lv.set(1);
            }
            if (neg) {
                BitSet c = new BitSet();
                c.set(0, levels[j]);
                c.andNot(lv);
                lv = c;
            }
            return new Literal(j, lv, neg, bracketed);
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        private QcaInputException error(String msg) {
            return QcaInputException.parameter(source, pos + 1, "in expression '" + s + "' at character " + (pos + 1) + ": " + msg);
        }
    }
}
