package org.glassbox.store;

import java.util.Locale;

/** A member's role in a project (workspace.md): each includes the ones below it. */
public enum Role {
    VIEWER, CODER, OWNER;

    /** Whether this role includes {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code word} (owner, coder, viewer). */
    public static Role parse(String word) {
        if (word != null) {
            for (Role r : values()) {
                if (r.word().equals(word)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role must be owner, coder or viewer, not '" + word + "'");
    }
}
