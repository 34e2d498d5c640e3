package org.glassbox.store;

import java.util.Objects;

/** A user's role in a project. */
public record Member(String user, Role role) {
    public Member {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
