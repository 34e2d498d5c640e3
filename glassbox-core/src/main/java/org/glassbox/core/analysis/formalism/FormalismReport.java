package org.glassbox.core.analysis.formalism;

import java.util.List;
import org.glassbox.core.model.Frozen;

/** The four digital-formalism diagnostics of a case, in a fixed order. */
public record FormalismReport(List<Diagnostic> diagnostics) {
    public FormalismReport {
        diagnostics = Frozen.list(diagnostics);
    }

    public Diagnostic diagnostic(String id) {
        return diagnostics.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }
}
