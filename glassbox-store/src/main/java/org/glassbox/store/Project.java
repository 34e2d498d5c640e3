package org.glassbox.store;

import java.util.Objects;

/** A project: its id, its name, and the asking user's role in it (null for an admin who is not a member). */
public record Project(String id, String name, Role role) {
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
