package org.glassbox.core.agreement;

import java.util.Locale;

/**
 * The level of measurement of coded values, which selects the difference function δ² of
 * Krippendorff's α (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", §§ B–E),
 * plus {@link #MASI} for set-valued data (Passonneau 2006).
 */
public enum Level {
    /** Categories without order: δ² = 0 for equal values, 1 otherwise. */
    NOMINAL,
    /** Ranks: δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², n_g the pairable values of rank g. */
    ORDINAL,
    /** Numbers with a meaningful difference: δ²(c,k) = (c − k)². */
    INTERVAL,
    /** Non-negative numbers with a meaningful zero: δ²(c,k) = ((c − k)/(c + k))². */
    RATIO,
    /** Sets of labels: δ(A,B) = 1 − J·M, the MASI distance ({@link MasiDistance}). */
    MASI;

    /** The lower-case word used in files and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level named {@code word} (case-insensitive).
     *
     * @throws AgreementException naming {@code level} when there is none
     */
    public static Level of(String word) {
        for (Level l : values()) {
            if (l.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return l;
            }
        }
        throw new AgreementException("level", "'" + word + "' is not a level (nominal, ordinal, interval, ratio or masi)");
    }
}
