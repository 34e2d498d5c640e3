package org.glassbox.io.qdpx;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.Problem;

/**
 * A project read as a case.
 *
 * @param kase       the case: exactly the one Glassbox wrote ({@code glassbox/case.zip}), or, for another
 *                   tool's project, a case being coded (its actors' sectors still to code, no events yet)
 * @param fromGlassbox true when the case came from {@code glassbox/case.zip}
 * @param notes      what the reader did that a user should know (a conversion of positions from UTF-16
 *                   units, a passage boundary moved by normalisation, what was not imported), with positions
 */
public record QdpxImport(Case kase, boolean fromGlassbox, List<Problem> notes) {
    public QdpxImport {
        Objects.requireNonNull(kase, "kase");
        notes = List.copyOf(notes);
    }
}
