package org.glassbox.core.analysis.sensitivity;

import java.util.Objects;

/**
 * A verdict that changes when one threshold moves.
 *
 * @param verdict {@code structure.late}, {@code embedding.trajectory}, {@code model.verdict}, or {@code structure.type@PERIOD}
 */
public record VerdictFlip(String verdict, String from, String to) {
    public VerdictFlip {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
