package org.glassbox.core.analysis;

/**
 * The kind of a process-tracing test (Van Evera 1997, <i>Guide to Methods for Students of Political
 * Science</i>, ch. 1; Bennett 2010, in Brady &amp; Collier, <i>Rethinking Social Inquiry</i>, 2nd ed.;
 * Collier 2011, <i>PS: Political Science &amp; Politics</i> 44(4):823–830), classified by whether passing
 * it is necessary and/or sufficient for the verdict it tests:
 * <ul>
 * <li>{@code hoop} — necessary, not sufficient: failing it rules the verdict out (the verdict is not issued);</li>
 * <li>{@code smokingGun} — sufficient, not necessary: passing it (with the verdict's hoops held) confirms the
 *     verdict on its own; failing it does not count against it;</li>
 * <li>{@code strawInTheWind} — neither: a component that votes in the score, weighing for or against.</li>
 * </ul>
 */
public enum TestKind {
    HOOP("hoop"), SMOKING_GUN("smokingGun"), STRAW_IN_THE_WIND("strawInTheWind");

    private final String word;

    TestKind(String word) {
        this.word = word;
    }

    /** {@code hoop}, {@code smokingGun}, {@code strawInTheWind} (the JSON value). */
    public String word() {
        return word;
    }
}
