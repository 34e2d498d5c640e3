package org.glassbox.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreement of coders on the passages they coded, per code and over all codes — the facade for
 * coded documents ({@code segments.csv} of case format 1.1), built on {@link UnitizedAlpha}
 * (Krippendorff, Mathet, Bouvry &amp; Widlöcher 2016, Quality &amp; Quantity 50:2347–2364).
 *
 * <p><b>Continuum.</b> The documents, in the order given, laid end to end: L = Σ document lengths
 * in code points; a passage [s, e) of the d-th document is [o_d + s, o_d + e) with o_d the summed
 * lengths before it. A coder's passages with one code are merged where they overlap (the matter
 * the coder gave that code). A coder with no passage is a coder who found nothing: all gap.
 *
 * <p><b>Per code k</b> ({@link CodeAgreement}):
 * <ul>
 * <li>{@code binary}: |uα of k on its own continuum — every coder's k-matter against everything
 * else (gaps and other codes alike), the coefficient ATLAS.ti reports per code as "α-binary";
 * defined however codes overlap;</li>
 * <li>{@code cuAlpha}: (k)cuα, the per-code cu-α of {@link UnitizedAlpha}, which needs the codes
 * compared to be mutually exclusive (no coder gave two codes to the same position); NaN where they
 * are not ({@link #exclusive()} false) — compare exclusive subsets, ATLAS.ti's semantic domains,
 * separately;</li>
 * <li>{@code overlap}: Σ_{i&lt;j} |K_i ∩ K_j| / Σ_{i&lt;j} |K_i ∪ K_j|, K_i the matter coder i coded
 * k (for two coders, intersection over union); pairs where neither coded k add nothing.</li>
 * </ul>
 * <b>All codes</b> (row {@link UnitizedAlpha#ALL_CODES}): Cu-α over all codes (NaN unless exclusive),
 * |uα of coded against uncoded matter (each coder's matter of any code merged), and the pooled
 * overlap Σ_k Σ_{i&lt;j} |K_i ∩ K_j| / Σ_k Σ_{i&lt;j} |K_i ∪ K_j|.
 */
public final class PassageAgreement {
    private final long length;
    private final List<String> coders;
    private final boolean exclusive;
    private final List<CodeAgreement> codes;
    private final UnitizedAlpha family;

    private PassageAgreement(long length, List<Unitization> units) {
        this.length = length;
        List<String> names = new ArrayList<>();
        TreeSet<String> codeSet = new TreeSet<>();
        for (Unitization u : units) {
            names.add(u.coder());
            for (CodedUnit cu : u.units()) {
                codeSet.add(cu.code());
            }
        }
        this.coders = List.copyOf(names);
        // each coder's units, merged per code
        List<Unitization> merged = new ArrayList<>();
        for (Unitization u : units) {
            List<CodedUnit> all = new ArrayList<>();
            for (String code : codeSet) {
                List<CodedUnit> mine = new ArrayList<>();
                for (CodedUnit cu : u.units()) {
                    if (cu.code().equals(code)) {
                        mine.add(cu);
                    }
                }
                all.addAll(UnitizedAlpha.merged(mine, code));
            }
            merged.add(new Unitization(u.coder(), all));
        }
        boolean ex = true;
        for (Unitization u : merged) {
            List<CodedUnit> s = new ArrayList<>(u.units());
            s.sort(Comparator.comparingLong(CodedUnit::start));
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i).start() < s.get(i - 1).end()) {
                    ex = false;
                }
            }
        }
        this.exclusive = ex;
        this.family = ex ? new UnitizedAlpha(length, merged) : null;
        List<CodeAgreement> rows = new ArrayList<>();
        double sameAll = 0;
        double unionAll = 0;
        int unitsAll = 0;
        for (String code : codeSet) {
            List<Unitization> one = UnitizedAlpha.only(merged, code);
            UnitizedAlpha a = new UnitizedAlpha(length, one);
            double same = 0;
            double union = 0;
            for (int i = 0; i < one.size(); i++) {
                for (int j = i + 1; j < one.size(); j++) {
                    double both = intersection(one.get(i).units(), one.get(j).units());
                    same += both;
                    union += covered(one.get(i).units()) + covered(one.get(j).units()) - both;
                }
            }
            sameAll += same;
            unionAll += union;
            int n = 0;
            for (Unitization u : one) {
                n += u.units().size();
            }
            unitsAll += n;
            double cu = Double.NaN;
            if (ex) {
                for (CodeAgreement r : family.codes()) {
                    if (r.code().equals(code)) {
                        cu = r.cuAlpha();
                    }
                }
            }
            rows.add(new CodeAgreement(code, cu, union == 0 ? Double.NaN : same / union, n, a.u()));
        }
        UnitizedCoefficient anyCode;
        if (ex) {
            anyCode = family.binary();
        } else {
            List<Unitization> any = new ArrayList<>();
            for (Unitization u : merged) {
                List<CodedUnit> relabelled = new ArrayList<>();
                for (CodedUnit cu : u.units()) {
                    relabelled.add(new CodedUnit(cu.start(), cu.end(), UnitizedAlpha.ALL_CODES));
                }
                any.add(new Unitization(u.coder(), UnitizedAlpha.merged(relabelled, UnitizedAlpha.ALL_CODES)));
            }
            anyCode = new UnitizedAlpha(length, any).u();
        }
        rows.add(new CodeAgreement(UnitizedAlpha.ALL_CODES, ex ? family.cuAlpha() : Double.NaN,
                unionAll == 0 ? Double.NaN : sameAll / unionAll, unitsAll, anyCode));
        this.codes = List.copyOf(rows);
    }

    /**
     * Passages on one continuum of length L.
     *
     * @param length L, positive
     * @param coders at least two coders' units, each within [0, L); a coder's units may overlap
     * @throws AgreementException naming the parameter and the coder and unit at fault
     */
    public static PassageAgreement of(long length, List<Unitization> coders) {
        if (length <= 0) {
            throw new AgreementException("length", "the continuum needs a positive length, not " + length);
        }
        if (coders.size() < 2) {
            throw new AgreementException("coders", "agreement needs at least two coders, not " + coders.size());
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < coders.size(); c++) {
            Unitization u = coders.get(c);
            if (!seen.add(u.coder())) {
                throw new AgreementException("coders", -1, c, "coder " + u.coder() + " appears twice");
            }
            for (int k = 0; k < u.units().size(); k++) {
                CodedUnit cu = u.units().get(k);
                if (cu.end() > length) {
                    throw new AgreementException("coders", k, c, "coder " + u.coder() + ": unit [" + cu.start() + ", "
                            + cu.end() + ") " + cu.code() + " ends beyond the continuum's length " + length);
                }
            }
        }
        return new PassageAgreement(length, coders);
    }

    /**
     * Coded passages of documents (rows of {@code segments.csv}), the entry point for a case: every
     * problem is reported at once, each with the 0-based index of its passage.
     *
     * @param documentLengths each document's length in code points, in the order the continuum lays
     *                        them end to end
     * @param coders          the coders compared (at least two; those with no passage coded nothing);
     *                        passages of other coders are left out
     * @param passages        the coded passages; a passage without codes adds nothing
     * @throws AgreementException (parameter {@code passages}, unit = the first bad passage's index)
     *                            for passages of an unknown document or beyond its end
     */
    public static PassageAgreement ofDocuments(Map<String, Long> documentLengths, List<String> coders, List<CodedPassage> passages) {
        Map<String, Long> offset = new HashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> d : documentLengths.entrySet()) {
            if (d.getValue() == null || d.getValue() < 0) {
                throw new AgreementException("documentLengths", "document " + d.getKey() + " needs a length ≥ 0, not " + d.getValue());
            }
            offset.put(d.getKey(), total);
            total += d.getValue();
        }
        Map<String, List<CodedUnit>> byCoder = new LinkedHashMap<>();
        for (String c : coders) {
            if (byCoder.put(c, new ArrayList<>()) != null) {
                throw new AgreementException("coders", "coder " + c + " appears twice");
            }
        }
        List<String> problems = new ArrayList<>();
        int first = -1;
        for (int p = 0; p < passages.size(); p++) {
            CodedPassage cp = passages.get(p);
            Long len = documentLengths.get(cp.document());
            String bad = null;
            if (len == null) {
                bad = "passage " + p + ": unknown document " + cp.document();
            } else if (cp.end() > len) {
                bad = "passage " + p + ": [" + cp.start() + ", " + cp.end() + ") ends beyond document " + cp.document()
                        + " of length " + len;
            }
            if (bad != null) {
                problems.add(bad);
                first = first < 0 ? p : first;
                continue;
            }
            List<CodedUnit> mine = byCoder.get(cp.coder());
            if (mine == null) {
                continue;
            }
            long o = offset.get(cp.document());
            for (String code : cp.codes()) {
                mine.add(new CodedUnit(o + cp.start(), o + cp.end(), code));
            }
        }
        if (!problems.isEmpty()) {
            throw new AgreementException("passages", first, -1, String.join("; ", problems));
        }
        List<Unitization> units = new ArrayList<>();
        for (Map.Entry<String, List<CodedUnit>> e : byCoder.entrySet()) {
            units.add(new Unitization(e.getKey(), e.getValue()));
        }
        return of(total, units);
    }

    private static long covered(List<CodedUnit> sortedDisjoint) {
        long s = 0;
        for (CodedUnit u : sortedDisjoint) {
            s += u.length();
        }
        return s;
    }

    private static long intersection(List<CodedUnit> a, List<CodedUnit> b) {
        long s = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            long lo = Math.max(a.get(i).start(), b.get(j).start());
            long hi = Math.min(a.get(i).end(), b.get(j).end());
            if (hi > lo) {
                s += hi - lo;
            }
            if (a.get(i).end() <= b.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** One row per code in code order, then the row {@link UnitizedAlpha#ALL_CODES}. */
    public List<CodeAgreement> codes() {
        return codes;
    }

    /** Whether no coder gave two codes to the same position: then cu-α and Cu-α are defined. */
    public boolean exclusive() {
        return exclusive;
    }

    /** L, the length of the continuum. */
    public long length() {
        return length;
    }

    /** The coders compared, in the order given. */
    public List<String> coders() {
        return coders;
    }
}
