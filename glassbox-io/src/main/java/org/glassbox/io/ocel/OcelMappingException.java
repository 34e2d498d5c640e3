package org.glassbox.io.ocel;

import java.nio.file.Path;

/**
 * An OCEL 2.0 log that does not follow the case ↔ OCEL mapping of case-format.md (e.g. a
 * procure-to-pay log): it can be read as an event log, but not as a case. The message names what
 * is missing or wrong.
 */
public class OcelMappingException extends OcelFormatException {
    private final String what;

    public OcelMappingException(Path file, String what) {
        super(file, what, null);
        this.what = what;
    }

    /** What is missing or wrong, without the file name. */
    public String what() {
        return what;
    }
}
