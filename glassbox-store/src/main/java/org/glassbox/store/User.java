package org.glassbox.store;

import java.util.Objects;

/** A workspace account: its name and whether it is an administrator. */
public record User(String name, boolean admin) {
    public User {
        Objects.requireNonNull(name, "name");
    }
}
