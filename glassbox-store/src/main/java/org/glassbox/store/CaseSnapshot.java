package org.glassbox.store;

import java.util.Objects;
import org.glassbox.io.caseformat.CaseRows;

/** A case as stored at one version: its record and its tables, ready to read, analyse or export. */
public record CaseSnapshot(CaseRecord record, CaseRows tables) {
    public CaseSnapshot {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(tables, "tables");
    }
}
