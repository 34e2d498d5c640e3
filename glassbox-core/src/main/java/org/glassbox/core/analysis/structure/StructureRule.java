package org.glassbox.core.analysis.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.PeriodCounts;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Frozen;

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
 *
 * <p><b>Process-tracing tests</b> (docs/methods.md, "Process-tracing tests"; {@link TestKind}): the type
 * the rule names is issued only when its hoop tests hold; when one fails the period is {@code unclassified},
 * the rule naming the failed test and the outcome keeping the type as its leaning. Hoops: matrix — at least
 * {@value #MIN_HOLDERS} actors hold dual authority; linear-functional — at least {@value #MIN_LINE} actors answer
 * to a single superior, and no enterprise or joint-venture coordinator creates dual authority; network — at least
 * {@value #MIN_LATERAL} lateral ties. Smoking guns (reported where the type's rule fires, whose comparisons are
 * part of them): matrix — one coordinator creates the dual authority of at least {@value #MIN_HOLDERS} holders;
 * linear-functional — every actor under authority answers to a single superior; network — no authority tie.
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

    /** A matrix's hoop: dual-authority holders it needs (a matrix crosses more than one unit). */
    public static final int MIN_HOLDERS = 2;
    /** A linear-functional structure's hoop: actors answering to a single superior it needs (a line, not a pair). */
    public static final int MIN_LINE = 2;
    /** A network's hoop: lateral ties it needs (a web, not a single partnership). */
    public static final int MIN_LATERAL = 2;

    /**
     * The type and the rule that fired.
     *
     * @param type    the type issued ({@code unclassified} when a hoop of the rule's type failed)
     * @param rule    the rule that fired, or the failed hoop
     * @param leaning the type the comparisons name (equal to {@code type} unless a hoop failed)
     * @param tests   the process-tracing tests of the leaning type, evaluated (empty for {@code unclassified})
     */
    public record Outcome(StructureType type, String rule, StructureType leaning, List<ProcessTest> tests) {
        public Outcome {
            tests = Frozen.list(tests);
        }

        Outcome(StructureType type, String rule) {
            this(type, rule, type, List.of());
        }
    }

    /** The rule on a period's counts (the one copy the analysis, sensitivity and robustness read). */
    public static Outcome classify(PeriodCounts p, Codebook c) {
        return classify(p.ties(), p.authority(), p.lateralToAuthorityRatio(), p.authorityTies(), p.lateralTies(),
                p.coordination(), c);
    }

    /**
     * The rule with its process-tracing tests: the comparisons' type, issued when its hoops hold.
     *
     * @param lateralToAuthority lateral over authority ties
     */
    public static Outcome classify(int ties, AuthorityMetrics a, double lateralToAuthority, int authorityTies, int lateralTies,
                                   Coordination co, Codebook c) {
        Outcome o = classify(ties, a.dualAuthorityRatio(), a.unityOfCommandRatio(), lateralToAuthority, c);
        List<ProcessTest> tests = tests(o.type(), a, authorityTies, lateralTies, co);
        ProcessTest failed = ProcessTest.failedHoop(tests);
        if (failed != null) {
            return new Outcome(StructureType.UNCLASSIFIED, o.type().word() + " ruled out (" + o.rule() + "): hoop test failed: "
                    + failed.condition(), o.type(), tests);
        }
        return new Outcome(o.type(), o.rule(), o.type(), tests);
    }

    /** The tests of {@code type} (docs/methods.md's table), evaluated. */
    static List<ProcessTest> tests(StructureType type, AuthorityMetrics a, int authorityTies, int lateralTies, Coordination co) {
        List<ProcessTest> t = new ArrayList<>();
        String v = type.word();
        switch (type) {
            case MATRIX -> {
                int holders = a.dualAuthorityActors();
                t.add(test(v, TestKind.HOOP, "structure.matrix.holders", holders >= MIN_HOLDERS,
                        "at least " + MIN_HOLDERS + " actors hold dual authority: " + holders + (holders >= MIN_HOLDERS ? " ≥ " : " < ") + MIN_HOLDERS,
                        Integer.toString(holders), Integer.toString(MIN_HOLDERS)));
                Coordination.Coordinator top = null;
                for (Coordination.Coordinator x : co.coordinators()) {
                    if (top == null || x.holders() > top.holders()) {
                        top = x;
                    }
                }
                int most = top == null ? 0 : top.holders();
                String who = top == null ? "none" : top.actorId();
                t.add(test(v, TestKind.SMOKING_GUN, "structure.matrix.coordinator", most >= MIN_HOLDERS,
                        "one coordinator creates the dual authority of at least " + MIN_HOLDERS + " holders: " + who + " coordinates " + most,
                        who, Integer.toString(most), Integer.toString(MIN_HOLDERS)));
            }
            case LINEAR_FUNCTIONAL -> {
                int line = a.singleSuperiorActors();
                t.add(test(v, TestKind.HOOP, "structure.linear-functional.line", line >= MIN_LINE,
                        "at least " + MIN_LINE + " actors answer to a single superior: " + line + (line >= MIN_LINE ? " ≥ " : " < ") + MIN_LINE,
                        Integer.toString(line), Integer.toString(MIN_LINE)));
                double es = co.enterpriseShare();
                t.add(test(v, TestKind.HOOP, "structure.linear-functional.no-operator", es <= EPS,
                        "no enterprise or joint-venture coordinator creates dual authority: enterprise-coordinated share " + f(es),
                        f(es)));
                boolean all = a.actorsUnderAuthority() > 0 && line == a.actorsUnderAuthority();
                t.add(test(v, TestKind.SMOKING_GUN, "structure.linear-functional.unity", all,
                        "every actor under authority answers to a single superior: " + line + " of " + a.actorsUnderAuthority(),
                        Integer.toString(line), Integer.toString(a.actorsUnderAuthority())));
            }
            case NETWORK -> {
                t.add(test(v, TestKind.HOOP, "structure.network.lateral", lateralTies >= MIN_LATERAL,
                        "at least " + MIN_LATERAL + " lateral ties: " + lateralTies + (lateralTies >= MIN_LATERAL ? " ≥ " : " < ") + MIN_LATERAL,
                        Integer.toString(lateralTies), Integer.toString(MIN_LATERAL)));
                t.add(test(v, TestKind.SMOKING_GUN, "structure.network.no-authority", authorityTies == 0,
                        "no authority tie binds the period: " + authorityTies + " authority ties", Integer.toString(authorityTies)));
            }
            default -> {
            }
        }
        return t;
    }

    private static ProcessTest test(String verdict, TestKind kind, String id, boolean passed, String condition, String... values) {
        return new ProcessTest(verdict, kind, id, condition, passed, List.of(values));
    }

    /** The comparisons alone (no process-tracing test): the type they name. */
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
