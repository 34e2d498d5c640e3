package org.glassbox.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Krippendorff's α for unitized continua (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016, "On
 * the reliability of unitizing textual continua: Further developments", Quality &amp; Quantity 50;
 * Krippendorff 2019, Content Analysis, 4th ed., §12.6): coders mark units on one continuum of
 * length L (for a text, its code points) and give each a code; what no unit covers is a gap, the
 * value ∅. Each coder's units must not overlap one another.
 *
 * <p><b>Coincidences.</b> Coder i's continuum is a sequence of sections g (units and maximal gaps)
 * of length ℓ_g. For values c, k (codes or ∅), ℓ_ck = 1/(m − 1) Σ_i Σ_{j≠i} Σ_g Σ_h |g ∩ h| over
 * sections g of coder i valued c and h of coder j valued k; ℓ.. = mL. The expected coincidences
 * exclude a section pairing with itself: ε_ck = (ℓ_c.ℓ_.k − [c = k] S_c) / (ℓ.. − S/ℓ..), where
 * S_c = Σ ℓ_g² over units valued c, S_∅ = Σ ℓ_g over gaps (a gap is divisible, a unit is not) and
 * S = Σ_c S_c.
 * <ul>
 * <li><b>uα</b> ({@link #uAlpha()}): 1 − (ℓ.. − Σ_c ℓ_cc) / (ε.. − Σ_c ε_cc) over all values and ∅:
 * agreement on where the units are and what they are coded.</li>
 * <li><b>|uα</b> ({@link #binaryAlpha()}): the same after collapsing every code into one value:
 * agreement on what is coded at all.</li>
 * <li><b>cuα</b> ({@link #cuAlpha()}, ATLAS.ti's "Cu-α" over all codes): coding only, on the
 * matter that coders both coded. ℓ*_ck is ℓ_ck for codes c, k (∅ left out); a unit's pairable
 * length is ℓ*_g = 1/(m − 1) Σ_{j≠i} |g ∩ units of j|, S*_c = Σ ℓ*_g² over units valued c;
 * ε*_ck = (ℓ*_c.ℓ*_.k − [c = k] S*_c) / (ℓ*.. − S* / ℓ*..); cuα = 1 − (ℓ*.. − Σ ℓ*_cc) / (ε*.. − Σ ε*_cc).
 * On the three-coder example of Krippendorff (2019, Fig. 12.11) this gives uα = 0.510,
 * |uα = 0.414 and cuα = 0.724 as published (see the tests).</li>
 * <li><b>cu-α of code k</b> ({@link #codes()}): 1 − [(ℓ*_k. − ℓ*_kk) / ℓ*_k.] / [(ε*_k. − ε*_kk) / ε*_k.],
 * the observed over the expected share of k-coded pairable matter that the other coders coded
 * otherwise (the per-value form of Krippendorff 2019, §12.6).</li>
 * <li><b>Percent overlap</b> of code k: Σ_{i&lt;j} |K_i ∩ K_j| / Σ_{i&lt;j} |K_i ∪ K_j| with K_i the
 * matter coder i coded k; over all codes, the matter two coders coded alike over the matter
 * either of them coded. Not chance-corrected.</li>
 * </ul>
 * Every coefficient is NaN when undefined: no pairable coded matter, or no variation (D_e = 0).
 * {@link #u()}, {@link #binary()} and {@link #cu()} give each with its parts: D_o = off-diagonal
 * share of ℓ.., D_e = off-diagonal share of ε.. (ε.. = ℓ..), α = 1 − D_o/D_e. Each code's row also
 * carries the code's |uα on its own continuum (the code against everything else).
 *
 * <p><b>Independent implementations.</b> For two coders the formulas coincide with the Python
 * {@code u_alpha} written after the 2016 paper (GitHub, "Krippendorff's unitized alpha") and with
 * R {@code quallmer::reliability_alpha_u} (after Krippendorff 2019, eqs. 32–38), including the
 * per-value form. For m &gt; 2 both differ in S*_c: the first squares each pair's intersection,
 * the second the overlap with the union of the others' units, giving cuα 0.7256 and 0.7283 on
 * Fig. 12.11; the mean over the other coders used here gives 0.72417, the published .724.
 * For codes that overlap (one passage, several codes) use {@link PassageAgreement}.
 *
 * <p><b>Complexity.</b> O(m² (u + V²)) for m coders with u units in all and V codes; sections
 * are intersected by a merge of the sorted partitions, never position by position.
 */
public final class UnitizedAlpha {
    /** The {@link CodeAgreement#code()} of the row for all codes together. */
    public static final String ALL_CODES = "*";

    private final UnitizedCoefficient uAlpha;
    private final UnitizedCoefficient binaryAlpha;
    private final UnitizedCoefficient cuAlpha;
    private final double overlap;
    private final List<CodeAgreement> codes;
    private final long length;
    private final int coders;

    /**
     * @param length  L, the length of the continuum
     * @param coders  at least two coders' units, each within [0, L) and not overlapping one another
     * @throws AgreementException naming the parameter, the coder and the units at fault
     */
    public UnitizedAlpha(long length, List<Unitization> coders) {
        this(length, coders, true);
    }

    /** With {@code perCode}, each code's |uα on its own continuum (code against the rest) as well. */
    private UnitizedAlpha(long length, List<Unitization> coders, boolean perCode) {
        if (length <= 0) {
            throw new AgreementException("length", "the continuum needs a positive length, not " + length);
        }
        if (coders.size() < 2) {
            throw new AgreementException("coders", "agreement needs at least two coders, not " + coders.size());
        }
        Set<String> names = new HashSet<>();
        TreeSet<String> codeSet = new TreeSet<>();
        for (Unitization u : coders) {
            if (!names.add(u.coder())) {
                throw new AgreementException("coders", "coder " + u.coder() + " appears twice");
            }
            for (CodedUnit cu : u.units()) {
                codeSet.add(cu.code());
            }
        }
        this.length = length;
        this.coders = coders.size();
        List<String> codeList = new ArrayList<>(codeSet);
        java.util.Map<String, Integer> codeIndex = new java.util.HashMap<>();
        for (int c = 0; c < codeList.size(); c++) {
            codeIndex.put(codeList.get(c), c + 1);
        }
        int v = codeList.size() + 1; // value 0 is ∅
        int m = coders.size();
        long[][] start = new long[m][];
        long[][] end = new long[m][];
        int[][] value = new int[m][];
        int[] unitsPerCode = new int[v];
        long[][] codedLength = new long[m][v];
        for (int i = 0; i < m; i++) {
            Unitization u = coders.get(i);
            List<CodedUnit> sorted = new ArrayList<>(u.units());
            sorted.sort(Comparator.comparingLong(CodedUnit::start));
            List<long[]> sec = new ArrayList<>();
            long cur = 0;
            CodedUnit prev = null;
            for (CodedUnit cu : sorted) {
                if (cu.end() > length) {
                    throw new AgreementException("coders", "coder " + u.coder() + ": unit [" + cu.start() + ", " + cu.end()
                            + ") " + cu.code() + " ends beyond the continuum's length " + length);
                }
                if (cu.start() < cur) {
                    throw new AgreementException("coders", "coder " + u.coder() + ": unit [" + cu.start() + ", " + cu.end()
                            + ") " + cu.code() + " overlaps unit [" + prev.start() + ", " + prev.end() + ") " + prev.code()
                            + "; one coder's units must not overlap");
                }
                if (cu.start() > cur) {
                    sec.add(new long[] {cur, cu.start(), 0});
                }
                int code = codeIndex.get(cu.code());
                sec.add(new long[] {cu.start(), cu.end(), code});
                unitsPerCode[code]++;
                codedLength[i][code] += cu.length();
                cur = cu.end();
                prev = cu;
            }
            if (cur < length) {
                sec.add(new long[] {cur, length, 0});
            }
            start[i] = new long[sec.size()];
            end[i] = new long[sec.size()];
            value[i] = new int[sec.size()];
            for (int s = 0; s < sec.size(); s++) {
                start[i][s] = sec.get(s)[0];
                end[i][s] = sec.get(s)[1];
                value[i][s] = (int) sec.get(s)[2];
            }
        }

        // ℓ_ck, each unit's pairable length, and pairwise intersections for the overlap
        double[][] ell = new double[v][v];
        double[][] pairableOf = new double[m][];
        for (int i = 0; i < m; i++) {
            pairableOf[i] = new double[start[i].length];
        }
        double[] sameCode = new double[v];   // Σ_{i<j} |K_i ∩ K_j| per code
        double anyCoded = 0;                  // Σ_{i<j} |V_i ∩ V_j|
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                int g = 0;
                int h = 0;
                while (g < start[i].length && h < start[j].length) {
                    long lo = Math.max(start[i][g], start[j][h]);
                    long hi = Math.min(end[i][g], end[j][h]);
                    if (hi > lo) {
                        double len = hi - lo;
                        int c = value[i][g];
                        int k = value[j][h];
                        ell[c][k] += len / (m - 1);
                        ell[k][c] += len / (m - 1);
                        if (c != 0 && k != 0) {
                            pairableOf[i][g] += len / (m - 1);
                            pairableOf[j][h] += len / (m - 1);
                            anyCoded += len;
                            if (c == k) {
                                sameCode[c] += len;
                            }
                        }
                    }
                    if (end[i][g] <= end[j][h]) {
                        g++;
                    } else {
                        h++;
                    }
                }
            }
        }
        double[] sFull = new double[v];
        double[] sStar = new double[v];
        for (int i = 0; i < m; i++) {
            for (int s = 0; s < start[i].length; s++) {
                double len = end[i][s] - start[i][s];
                int c = value[i][s];
                sFull[c] += c == 0 ? len : len * len;
                if (c != 0) {
                    sStar[c] += pairableOf[i][s] * pairableOf[i][s];
                }
            }
        }
        // uα over all values
        int total = 0;
        for (int c = 1; c < v; c++) {
            total += unitsPerCode[c];
        }
        double[][] eps = expected(ell, sFull, 0);
        this.uAlpha = nominalAlpha(ell, eps, 0, total);
        // |uα: ∅ against every code collapsed
        double[][] ell2 = collapse(ell);
        double[][] eps2 = collapse(eps);
        this.binaryAlpha = nominalAlpha(ell2, eps2, 0, total);
        // cuα on the coded submatrix (values 1..v-1)
        double[][] epsStar = expected(ell, sStar, 1);
        this.cuAlpha = nominalAlpha(ell, epsStar, 1, total);
        // per code
        List<CodeAgreement> rows = new ArrayList<>();
        double sameAll = 0;
        double codedAll = 0;
        for (int c = 1; c < v; c++) {
            double lRow = 0;
            double eRow = 0;
            for (int k = 1; k < v; k++) {
                lRow += ell[c][k];
                eRow += epsStar[c][k];
            }
            double dObs = lRow == 0 ? Double.NaN : (lRow - ell[c][c]) / lRow;
            double dExp = eRow == 0 ? Double.NaN : (eRow - epsStar[c][c]) / eRow;
            double a = Double.isNaN(dObs) || Double.isNaN(dExp) || dExp == 0 ? Double.NaN : 1 - dObs / dExp;
            double sumLen = 0;
            for (int i = 0; i < m; i++) {
                sumLen += codedLength[i][c];
            }
            double union = (m - 1) * sumLen - sameCode[c];
            UnitizedCoefficient binary = new UnitizedCoefficient(Double.NaN, Double.NaN, Double.NaN, 0, 0);
            if (perCode) {
                binary = new UnitizedAlpha(length, only(coders, codeList.get(c - 1)), false).uAlpha;
            }
            rows.add(new CodeAgreement(codeList.get(c - 1), a, union == 0 ? Double.NaN : sameCode[c] / union,
                    unitsPerCode[c], binary));
            sameAll += sameCode[c];
        }
        for (int i = 0; i < m; i++) {
            for (int c = 1; c < v; c++) {
                codedAll += codedLength[i][c];
            }
        }
        double unionAll = (m - 1) * codedAll - anyCoded;
        this.overlap = unionAll == 0 ? Double.NaN : sameAll / unionAll;
        rows.add(new CodeAgreement(ALL_CODES, cuAlpha.alpha(), overlap, total, binaryAlpha));
        this.codes = List.copyOf(rows);
    }

    /** ε over values from..v-1, with self-pairing corrections s. */
    private static double[][] expected(double[][] ell, double[] s, int from) {
        int v = ell.length;
        double[] row = new double[v];
        double tot = 0;
        double sTot = 0;
        for (int c = from; c < v; c++) {
            for (int k = from; k < v; k++) {
                row[c] += ell[c][k];
            }
            tot += row[c];
            sTot += s[c];
        }
        double[][] e = new double[v][v];
        if (tot == 0) {
            return e;
        }
        double den = tot - sTot / tot;
        for (int c = from; c < v; c++) {
            for (int k = from; k < v; k++) {
                e[c][k] = den == 0 ? 0 : (row[c] * row[k] - (c == k ? s[c] : 0)) / den;
            }
        }
        return e;
    }

    /** Each coder's units of one code, merged where they touch: the continuum of that code against the rest. */
    static List<Unitization> only(List<Unitization> coders, String code) {
        List<Unitization> out = new ArrayList<>(coders.size());
        for (Unitization u : coders) {
            List<CodedUnit> mine = new ArrayList<>();
            for (CodedUnit cu : u.units()) {
                if (cu.code().equals(code)) {
                    mine.add(cu);
                }
            }
            out.add(new Unitization(u.coder(), merged(mine, code)));
        }
        return out;
    }

    /** Units of one code, sorted, overlapping ones joined into one (the matter the coder coded with it). */
    static List<CodedUnit> merged(List<CodedUnit> units, String code) {
        List<CodedUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingLong(CodedUnit::start));
        List<CodedUnit> out = new ArrayList<>();
        long s = -1;
        long e = -1;
        for (CodedUnit cu : sorted) {
            if (s >= 0 && cu.start() < e) {
                e = Math.max(e, cu.end());
            } else {
                if (s >= 0) {
                    out.add(new CodedUnit(s, e, code));
                }
                s = cu.start();
                e = cu.end();
            }
        }
        if (s >= 0) {
            out.add(new CodedUnit(s, e, code));
        }
        return out;
    }

    private static UnitizedCoefficient nominalAlpha(double[][] o, double[][] e, int from, int units) {
        double oTot = 0;
        double oDiag = 0;
        double eTot = 0;
        double eDiag = 0;
        for (int c = from; c < o.length; c++) {
            for (int k = from; k < o.length; k++) {
                oTot += o[c][k];
                eTot += e[c][k];
            }
            oDiag += o[c][c];
            eDiag += e[c][c];
        }
        double dExp = eTot - eDiag;
        double observed = oTot == 0 ? Double.NaN : (oTot - oDiag) / oTot;
        double expected = eTot == 0 ? Double.NaN : dExp / eTot;
        if (oTot == 0 || dExp <= 1e-12 * eTot) {
            return new UnitizedCoefficient(Double.NaN, observed, expected, oTot, units);
        }
        return new UnitizedCoefficient(1 - (oTot - oDiag) / dExp, observed, expected, oTot, units);
    }

    /** 2×2: ∅ and all codes as one value. */
    private static double[][] collapse(double[][] x) {
        double[][] y = new double[2][2];
        for (int c = 0; c < x.length; c++) {
            for (int k = 0; k < x.length; k++) {
                y[c == 0 ? 0 : 1][k == 0 ? 0 : 1] += x[c][k];
            }
        }
        return y;
    }

    /** uα: agreement on units and their codes, gaps included; NaN when undefined. */
    public double uAlpha() {
        return uAlpha.alpha();
    }

    /** |uα: agreement on coded versus not coded; NaN when undefined. */
    public double binaryAlpha() {
        return binaryAlpha.alpha();
    }

    /** cuα over all codes, on the matter coders both coded; NaN when undefined. */
    public double cuAlpha() {
        return cuAlpha.alpha();
    }

    /** uα with its D_o, D_e, pairable length (m·L) and units. */
    public UnitizedCoefficient u() {
        return uAlpha;
    }

    /** |uα with its D_o, D_e, pairable length (m·L) and units. */
    public UnitizedCoefficient binary() {
        return binaryAlpha;
    }

    /** cuα with its D_o, D_e, pairable length ℓ*.. (matter coded by two coders, 1/(m − 1) per pair) and units. */
    public UnitizedCoefficient cu() {
        return cuAlpha;
    }

    /** Percent overlap over all codes, in [0, 1]; NaN when nobody coded anything. */
    public double overlap() {
        return overlap;
    }

    /** One row per code in code order, then the row {@link #ALL_CODES}. */
    public List<CodeAgreement> codes() {
        return codes;
    }

    public long length() {
        return length;
    }

    public int coderCount() {
        return coders;
    }
}
