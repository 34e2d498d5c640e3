package org.glassbox.qca.expr;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A conjunction of literals over K conditions, one code per condition: {@code 0} means the
 * condition is absent from the term ("don't care"), {@code v + 1} means the condition at level
 * {@code v} (for crisp sets: 1 = negated, 2 = present). A truth-table row is the implicant with no
 * zero code.
 */
public final class Implicant {
    private final int[] codes;

    public Implicant(int[] codes) {
        this.codes = codes.clone();
    }

    /** The implicant of one configuration (levels 0..L-1 per condition). */
    public static Implicant ofConfiguration(int[] config) {
        int[] c = new int[config.length];
        for (int j = 0; j < c.length; j++) c[j] = config[j] + 1;
        return new Implicant(c);
    }

    public int size() { return codes.length; }

    /** Code of condition {@code j}: 0 absent, level + 1 otherwise. */
    public int code(int j) { return codes[j]; }

    public int[] codes() { return codes.clone(); }

    /** Number of literals. */
    public int literalCount() {
        int n = 0;
        for (int c : codes) if (c != 0) n++;
        return n;
    }

    /** Whether the configuration (levels per condition) lies in this term. */
    public boolean covers(int[] config) {
        for (int j = 0; j < codes.length; j++) if (codes[j] != 0 && codes[j] != config[j] + 1) return false;
        return true;
    }

    /** Whether every configuration of {@code other} lies in this term (this term's literals are a subset of other's). */
    public boolean subsumes(Implicant other) {
        for (int j = 0; j < codes.length; j++) if (codes[j] != 0 && codes[j] != other.codes[j]) return false;
        return true;
    }

    /**
     * The reference's order of prime implicants: fewer literals first, then condition by condition
     * with levels ascending and an absent condition last.
     */
    public static final Comparator<Implicant> REFERENCE_ORDER = (a, b) -> {
        int la = a.literalCount(), lb = b.literalCount();
        if (la != lb) return Integer.compare(la, lb);
        return lexicographic(a, b);
    };

    /**
     * The reference's order of the implicants of complex and intermediate solutions (found
     * bottom-up): fewer literals first, then by the set of conditions used (lexicographic on
     * condition indices), then by levels, higher first.
     */
    public static final Comparator<Implicant> COMPLEX_ORDER = (a, b) -> {
        int la = a.literalCount(), lb = b.literalCount();
        if (la != lb) return Integer.compare(la, lb);
        int[] ca = a.conditionsUsed(), cb = b.conditionsUsed();
        int c = java.util.Arrays.compare(ca, cb);
        if (c != 0) return c;
        for (int j : ca) if (a.codes[j] != b.codes[j]) return Integer.compare(b.codes[j], a.codes[j]);
        return 0;
    };

    /** Indices of the conditions that have a literal, ascending. */
    public int[] conditionsUsed() {
        int[] out = new int[literalCount()];
        int k = 0;
        for (int j = 0; j < codes.length; j++) if (codes[j] != 0) out[k++] = j;
        return out;
    }

    /** Condition by condition, levels ascending, absent last. */
    public static int lexicographic(Implicant a, Implicant b) {
        for (int j = 0; j < a.codes.length; j++) {
            int x = a.codes[j] == 0 ? Integer.MAX_VALUE : a.codes[j];
            int y = b.codes[j] == 0 ? Integer.MAX_VALUE : b.codes[j];
            if (x != y) return Integer.compare(x, y);
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Implicant other && Arrays.equals(codes, other.codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        return Arrays.toString(codes);
    }
}
