package org.glassbox.core.analysis.formalism;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * The four digital-formalism diagnostics of a case, in a fixed order, and every exemption the coder
 * marked (in event order), including any that names no known diagnostic.
 */
public record FormalismReport(List<Diagnostic> diagnostics, List<Exemption> exemptions) {
    public FormalismReport {
        diagnostics = Frozen.list(diagnostics);
        exemptions = Frozen.list(exemptions);
    }

    public Diagnostic diagnostic(String id) {
        return diagnostics.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }
}
