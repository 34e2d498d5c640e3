package org.glassbox.core.model;

import java.util.Objects;

/**
 * One code of the codebook's {@code codes} section (case format 1.1): passages are coded with it;
 * codes form a hierarchy by {@code parent} (null at the top).
 */
public record Code(String name, String parent, String description) {
    public Code {
        Objects.requireNonNull(name, "name");
    }
}
