package org.glassbox.core.analysis.period;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * How the phases of a case were obtained.
 *
 * @param source       {@code coded} (case.yaml) or {@code detected}
 * @param method       {@code PELT} for detected phases, {@code case.yaml} for coded ones
 * @param penalty      penalty per boundary used by detection (also reported for coded phases: the one detection would use)
 * @param observations number of events (observations) the mix was read from
 * @param categories   number of distinct category × mechanism observations
 * @param boundaries   one per consecutive pair of phases
 */
public record PhaseDetection(String source, String method, double penalty, int observations, int categories,
                             List<PhaseBoundary> boundaries) {
    public PhaseDetection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
        boundaries = Frozen.list(boundaries);
    }
}
