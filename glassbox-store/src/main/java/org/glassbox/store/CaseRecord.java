package org.glassbox.store;

import java.util.Objects;

/**
 * A case's own record: case.yaml's text and its version, codebook.yaml's text (null = the default
 * codebook) and its version, and the case's overall {@code version}, raised by every write.
 */
public record CaseRecord(String id, String caseYaml, long recordVersion, String codebookYaml, long codebookVersion,
                         long version) {
    public CaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseYaml, "caseYaml");
    }
}
