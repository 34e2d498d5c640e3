package org.glassbox.core.agreement;

import java.util.Objects;

/**
 * Every coefficient that applies to one variable (a field of the coded rows, or a table's column
 * of values): percent agreement, Cohen's κ where it applies, Krippendorff's α at the field's level
 * and its bootstrap 95 % interval.
 *
 * <p>κ applies only to nominal and set-valued ({@link Level#MASI}, each distinct set a category)
 * fields with exactly two coders and no missing value; it is null otherwise (unweighted κ would
 * ignore the distances that α at the ordinal, interval and ratio levels takes into account).
 * Coefficients that apply but are undefined are NaN; the interval is null when α is undefined.
 *
 * @param field             the variable's name
 * @param level             the level α is computed at
 * @param units             pairable units (coded by at least two coders)
 * @param coders            the number of coders
 * @param percent           percent agreement in [0, 1], NaN when no unit is pairable
 * @param cohenKappa        κ, null when it does not apply, NaN when undefined
 * @param krippendorffAlpha α, NaN when undefined
 * @param ci95              {lower, upper} of the bootstrap 95 % interval, null when α is undefined
 */
public record FieldAgreement(String field, Level level, int units, int coders, double percent, Double cohenKappa,
                             double krippendorffAlpha, double[] ci95) {
    public FieldAgreement {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(level, "level");
        if (ci95 != null) {
            if (ci95.length != 2) {
                throw new AgreementException("ci95", "an interval is {lower, upper}");
            }
            ci95 = ci95.clone();
        }
    }

    /**
     * All coefficients of {@code data} at {@code level}; the interval from
     * {@link AlphaBootstrap#DEFAULT_REPLICATES} samples with {@code seed}.
     *
     * @throws AgreementException when the values do not fit the level (with their position)
     */
    public static FieldAgreement of(String field, Level level, ReliabilityData<?> data, long seed) {
        KrippendorffAlpha alpha = KrippendorffAlpha.of(data, level);
        PercentAgreement percent = new PercentAgreement(data);
        Double kappa = null;
        if ((level == Level.NOMINAL || level == Level.MASI) && CohenKappa.applies(data)) {
            kappa = new CohenKappa(data).kappa();
        }
        double[] ci = null;
        if (alpha.defined()) {
            AlphaBootstrap b = new AlphaBootstrap(alpha, AlphaBootstrap.DEFAULT_REPLICATES, 0.95, seed);
            if (b.defined()) {
                ci = new double[] {b.lower(), b.upper()};
            }
        }
        return new FieldAgreement(field, level, percent.units(), data.coderCount(), percent.proportion(), kappa,
                alpha.alpha(), ci);
    }

    @Override
    public double[] ci95() {
        return ci95 == null ? null : ci95.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldAgreement f && field.equals(f.field) && level == f.level && units == f.units
                && coders == f.coders && Double.compare(percent, f.percent) == 0 && Objects.equals(cohenKappa, f.cohenKappa)
                && Double.compare(krippendorffAlpha, f.krippendorffAlpha) == 0 && java.util.Arrays.equals(ci95, f.ci95);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, level, units, coders, percent, cohenKappa, krippendorffAlpha, java.util.Arrays.hashCode(ci95));
    }

    @Override
    public String toString() {
        return "FieldAgreement[" + field + ", " + level.word() + ", n=" + units + ", alpha=" + krippendorffAlpha + "]";
    }
}
