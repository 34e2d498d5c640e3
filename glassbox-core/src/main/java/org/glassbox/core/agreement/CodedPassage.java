package org.glassbox.core.agreement;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One coded passage as a row of {@code segments.csv} (case format 1.1) has it: a coder marked the
 * code points [start, end) of a document and gave them one or more codes.
 */
public record CodedPassage(String document, long start, long end, String coder, Set<String> codes) {
    public CodedPassage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(coder, "coder");
        if (start < 0 || end <= start) {
            throw new AgreementException("start", "a passage spans [start, end) with 0 ≤ start < end, not [" + start + ", " + end + ")");
        }
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                throw new AgreementException("codes", "a passage's codes are not blank");
            }
        }
        codes = Set.copyOf(new TreeSet<>(codes));
    }
}
