package org.glassbox.core.analysis.mechanism;

import java.util.Arrays;

/**
 * The units a period's embedding counts are summed from, kept so that robustness resamples can
 * re-weight them without re-reading the case: each event as its pattern (which of the seven event
 * counts of {@link EmbeddingCounts} it adds to), each government–enterprise dyad as its number of
 * layers (0–4), each standing arrangement as its event-equivalent weight and its kind (governs by
 * contract, under command, or a secondment). Events with the same pattern are interchangeable, so events and dyads are held as
 * histograms. {@link #counts} is the one place the units are summed; the analysis calls it with
 * every unit once.
 */
public final class EmbeddingUnits {
    /** Pattern bits of an event. */
    public static final int G2E = 1;
    public static final int E2G = 2;
    public static final int DECISION = 4;
    public static final int DECISION_WITH_ENTERPRISE = 8;
    public static final int DYADIC = 16;
    public static final int CONTRACT = 32;
    public static final int TOP_DOWN = 64;
    /** Number of distinct patterns. */
    public static final int PATTERNS = 128;
    /** Kinds of a standing arrangement: C, K (part of S), the rest of S (secondments). */
    public static final byte BY_CONTRACT = 0;
    public static final byte UNDER_COMMAND = 1;
    public static final byte SECONDMENT = 2;

    private final int[] patterns;
    private final int[] layers;
    private final double[] standingWeight;
    private final byte[] standingKind;

    EmbeddingUnits(int[] patterns, int[] layers, double[] standingWeight, byte[] standingKind) {
        if (patterns.length != PATTERNS || layers.length != 5 || standingWeight.length != standingKind.length) {
            throw new IllegalArgumentException("patterns must have " + PATTERNS + " and layers 5 entries, standing arrays one length");
        }
        this.patterns = patterns.clone();
        this.layers = layers.clone();
        this.standingWeight = standingWeight.clone();
        this.standingKind = standingKind.clone();
    }

    /** Events of the period with pattern {@code p}. */
    public int pattern(int p) {
        return patterns[p];
    }

    /** The event histogram by pattern (a copy). */
    public int[] patterns() {
        return patterns.clone();
    }

    /** The dyad histogram by number of layers 0–4 (a copy). */
    public int[] layers() {
        return layers.clone();
    }

    /** Standing arrangements. */
    public int standing() {
        return standingWeight.length;
    }

    public double standingWeight(int i) {
        return standingWeight[i];
    }

    /** Whether standing arrangement i governs by contract (C). */
    public boolean standingContract(int i) {
        return standingKind[i] == BY_CONTRACT;
    }

    /** The kind of standing arrangement i ({@link #BY_CONTRACT}, {@link #UNDER_COMMAND}, {@link #SECONDMENT}). */
    public byte standingKind(int i) {
        return standingKind[i];
    }

    /** The counts of the units as they are. */
    public EmbeddingCounts counts() {
        return counts(patterns, layers, null);
    }

    /**
     * The counts of re-weighted units.
     *
     * @param patternHist events per pattern ({@value #PATTERNS} entries)
     * @param layerHist   dyads per number of layers (5 entries)
     * @param standing    the multiplicity of each standing arrangement, or null for once each
     */
    public EmbeddingCounts counts(int[] patternHist, int[] layerHist, int[] standing) {
        int g2e = 0;
        int e2g = 0;
        int dec = 0;
        int decEnt = 0;
        int dyadic = 0;
        int contract = 0;
        int top = 0;
        for (int p = 0; p < PATTERNS; p++) {
            int n = patternHist[p];
            if (n == 0) {
                continue;
            }
            g2e += (p & G2E) != 0 ? n : 0;
            e2g += (p & E2G) != 0 ? n : 0;
            dec += (p & DECISION) != 0 ? n : 0;
            decEnt += (p & DECISION_WITH_ENTERPRISE) != 0 ? n : 0;
            dyadic += (p & DYADIC) != 0 ? n : 0;
            contract += (p & CONTRACT) != 0 ? n : 0;
            top += (p & TOP_DOWN) != 0 ? n : 0;
        }
        int dyads = 0;
        int layerSum = 0;
        for (int l = 0; l < 5; l++) {
            dyads += layerHist[l];
            layerSum += l * layerHist[l];
        }
        double c = 0;
        double o = 0;
        double k = 0;
        for (int i = 0; i < standingWeight.length; i++) {
            double w = standingWeight[i] * (standing == null ? 1 : standing[i]);
            if (standingKind[i] == BY_CONTRACT) {
                c += w;
            } else {
                o += w;
                k += standingKind[i] == UNDER_COMMAND ? w : 0;
            }
        }
        return new EmbeddingCounts(g2e, e2g, dec, decEnt, dyads, layerSum, dyadic, contract, top, c, o, Math.min(k, o));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmbeddingUnits u && Arrays.equals(patterns, u.patterns) && Arrays.equals(layers, u.layers)
                && Arrays.equals(standingWeight, u.standingWeight) && Arrays.equals(standingKind, u.standingKind);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(patterns) * 31 + Arrays.hashCode(standingWeight);
    }

    @Override
    public String toString() {
        return "EmbeddingUnits" + Arrays.toString(patterns);
    }
}
