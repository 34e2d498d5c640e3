package org.glassbox.core.agreement;

import java.util.Set;

/**
 * The MASI distance between two sets of labels (Passonneau 2006, "Measuring Agreement on
 * Set-valued Items (MASI) for Semantic and Pragmatic Annotation", LREC): MASI = J·M, with
 * J = |A ∩ B| / |A ∪ B| (Jaccard) and the monotonicity weight M = 1 when A = B, 2/3 when one set
 * contains the other, 1/3 when they overlap otherwise, 0 when they are disjoint; the distance is
 * 1 − J·M. Two empty sets are equal (distance 0); an empty and a non-empty set are disjoint
 * (distance 1). O(|A| + |B|) with hash sets.
 */
public final class MasiDistance {
    private MasiDistance() {
    }

    /** 1 − J·M, in [0, 1]. */
    public static double distance(Set<?> a, Set<?> b) {
        if (a.equals(b)) {
            return 0.0;
        }
        int inter = 0;
        for (Object x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        if (inter == 0) {
            return 1.0;
        }
        int union = a.size() + b.size() - inter;
        double m = (inter == a.size() || inter == b.size()) ? 2.0 / 3.0 : 1.0 / 3.0;
        return 1.0 - (double) inter / union * m;
    }
}
