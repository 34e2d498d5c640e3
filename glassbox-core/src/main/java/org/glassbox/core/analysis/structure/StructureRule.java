package org.glassbox.core.analysis.structure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.model.Codebook;

/**
 * The structure-type rule (FRAMEWORK.md, suggested operationalisation), applied in this order:
 * <ol>
 * <li>{@code matrix} when dualAuthorityRatio ≥ {@code structure.matrix.dual_authority_min};</li>
 * <li>{@code network} when lateralToAuthorityRatio ≥ {@code structure.network.lateral_to_authority_min}
 *     (lateral ties outnumber authority ties);</li>
 * <li>{@code linear-functional} when unityOfCommandRatio ≥ {@code structure.linear_functional.single_superior_min}
 *     and dualAuthorityRatio &lt; {@code structure.linear_functional.dual_authority_max};</li>
 * <li>otherwise {@code unclassified}, the rule naming every comparison that failed.</li>
 * </ol>
 * With no tie at all the type is {@code unclassified}. Matrix comes first because dual authority is
 * the defining trait; network before linear-functional so that a few single-superior command ties
 * inside a mostly lateral web do not read as a hierarchy.
 */
public final class StructureRule {
    public static final String MATRIX_DUAL_MIN = "structure.matrix.dual_authority_min";
    public static final String LF_SINGLE_MIN = "structure.linear_functional.single_superior_min";
    public static final String LF_DUAL_MAX = "structure.linear_functional.dual_authority_max";
    public static final String NETWORK_LATERAL_MIN = "structure.network.lateral_to_authority_min";

    /** Comparisons allow this much rounding error. */
    static final double EPS = 1e-9;

    private StructureRule() {
    }

    /** The thresholds the rule reads. */
    public static Map<String, Double> thresholds(Codebook c) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : new String[] {MATRIX_DUAL_MIN, NETWORK_LATERAL_MIN, LF_SINGLE_MIN, LF_DUAL_MAX}) {
            m.put(k, c.threshold(k));
        }
        return m;
    }

    /** The type and the rule that fired. */
    public record Outcome(StructureType type, String rule) {
    }

    public static Outcome classify(int ties, double dualRatio, double unityRatio, double lateralToAuthority, Codebook c) {
        double dualMin = c.threshold(MATRIX_DUAL_MIN);
        double lateralMin = c.threshold(NETWORK_LATERAL_MIN);
        double singleMin = c.threshold(LF_SINGLE_MIN);
        double dualMax = c.threshold(LF_DUAL_MAX);
        if (ties == 0) {
            return new Outcome(StructureType.UNCLASSIFIED, "no tie valid in the period");
        }
        if (dualRatio >= dualMin - EPS) {
            return new Outcome(StructureType.MATRIX, "dualAuthorityRatio " + f(dualRatio) + " ≥ " + f(dualMin));
        }
        if (lateralToAuthority >= lateralMin - EPS) {
            return new Outcome(StructureType.NETWORK, "lateralToAuthorityRatio " + f(lateralToAuthority) + " ≥ " + f(lateralMin)
                    + " and dualAuthorityRatio " + f(dualRatio) + " < " + f(dualMin));
        }
        if (unityRatio >= singleMin - EPS && dualRatio < dualMax - EPS) {
            return new Outcome(StructureType.LINEAR_FUNCTIONAL, "unityOfCommandRatio " + f(unityRatio) + " ≥ " + f(singleMin)
                    + " and dualAuthorityRatio " + f(dualRatio) + " < " + f(dualMax));
        }
        return new Outcome(StructureType.UNCLASSIFIED, "no rule fired: dualAuthorityRatio " + f(dualRatio) + " < " + f(dualMin)
                + ", lateralToAuthorityRatio " + f(lateralToAuthority) + " < " + f(lateralMin)
                + ", unityOfCommandRatio " + f(unityRatio) + (unityRatio < singleMin ? " < " + f(singleMin) : " ≥ " + f(singleMin))
                + (dualRatio >= dualMax ? " with dualAuthorityRatio " + f(dualRatio) + " ≥ " + f(dualMax) : ""));
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
