package org.glassbox.core.agreement;

import java.util.Objects;

/**
 * One unit a coder marked on a continuum and the code given to it: the half-open span
 * [start, end) of positions (for texts, code points), {@code 0 ≤ start < end}.
 */
public record CodedUnit(long start, long end, String code) {
    public CodedUnit {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new AgreementException("code", "a coded unit needs a code");
        }
        if (start < 0 || end <= start) {
            throw new AgreementException("start", "a unit spans [start, end) with 0 ≤ start < end, not [" + start + ", " + end + ")");
        }
    }

    public long length() {
        return end - start;
    }
}
