package org.glassbox.core.analysis;

import java.util.Locale;

/**
 * The evidence weight of one per-period figure (FRAMEWORK.md, "Evidence weight"): the count
 * {@code n} it rests on (government–enterprise events, decision events, actors under authority,
 * dyads …) and the codebook's minimum for it. A figure below its minimum is {@code insufficient}:
 * it is shown with its n but written as {@code null} in the JSON and does not vote in any verdict.
 * A figure with no minimum ({@code minimum} 0) only reports its n and is always sufficient.
 *
 * @param n       the count the figure rests on (≥ 0)
 * @param minimum the codebook minimum (≥ 0; 0 when the figure has none)
 */
public record FigureWeight(int n, int minimum) {
    public FigureWeight {
        if (n < 0 || minimum < 0) {
            throw new IllegalArgumentException("n and minimum must be ≥ 0, were " + n + ", " + minimum);
        }
    }

    /** Whether n reaches the minimum. */
    public boolean sufficient() {
        return n >= minimum;
    }

    /** {@code sufficient} or {@code insufficient}. */
    public String status() {
        return sufficient() ? "sufficient" : "insufficient";
    }

    /** {@code n 9 < 10} or {@code n 21}, for claims and summaries. */
    public String words() {
        return sufficient() ? "n " + n : "n " + n + " < " + minimum;
    }

    /** A threshold read as a count: rounded up, never negative (so 12 × 0.8 = 9.6 needs 10). */
    static int count(double threshold) {
        return threshold <= 0 ? 0 : (int) Math.ceil(threshold - 1e-9);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d %s", n, minimum, status());
    }
}
