package org.glassbox.core.analysis;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * One process-tracing test of a verdict, evaluated on the case ({@link TestKind}; the table of
 * docs/methods.md, "Process-tracing tests"): a computable condition on the period's counts, with the
 * values observed and whether it held.
 *
 * @param verdict   the verdict tested ({@code administrative}, {@code matrix}, {@code de-embedded} …)
 * @param kind      hoop, smoking gun or straw in the wind
 * @param id        the test's name in the table, e.g. {@code model.administrative.initiative} (the report's
 *                  message key {@code test.ID} words it in each language)
 * @param condition the condition with the values observed, in words, e.g.
 *                  {@code government initiates more government↔enterprise interactions than enterprises: 19 > 2}
 * @param passed    whether the condition held
 * @param values    the observed values the condition compares, as written in it (the report's template arguments)
 * @param assessable whether the figure the test reads reaches its evidence minimum ({@link EvidenceWeights}); a test
 *                  that is not assessable neither rules its verdict out nor confirms it ({@code passed} is then false)
 */
public record ProcessTest(String verdict, TestKind kind, String id, String condition, boolean passed, List<String> values,
                          boolean assessable) {
    public ProcessTest {
        if (!assessable && passed) {
            throw new IllegalArgumentException("a test that is not assessable cannot pass: " + id);
        }
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        values = Frozen.list(values);
    }

    /** An assessable test. */
    public ProcessTest(String verdict, TestKind kind, String id, String condition, boolean passed, List<String> values) {
        this(verdict, kind, id, condition, passed, values, true);
    }

    /** {@code passed}, {@code failed} or {@code not assessable}. */
    public String outcome() {
        return !assessable ? "not assessable" : passed ? "passed" : "failed";
    }

    /** The first failed hoop of {@code tests}, or null when every hoop held. */
    public static ProcessTest failedHoop(List<ProcessTest> tests) {
        for (ProcessTest t : tests) {
            if (t.kind == TestKind.HOOP && t.assessable && !t.passed) {
                return t;
            }
        }
        return null;
    }

    /** Whether {@code tests} has a smoking gun that passed. */
    public static boolean smokingGun(List<ProcessTest> tests) {
        for (ProcessTest t : tests) {
            if (t.kind == TestKind.SMOKING_GUN && t.passed) {
                return true;
            }
        }
        return false;
    }
}
