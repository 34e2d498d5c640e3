package org.glassbox.store;

import java.util.Objects;

/** A logged-in session: whose, its CSRF token, when it began and when it was last used (ms since epoch). */
public record Session(User user, String csrf, long createdMs, long seenMs) {
    public Session {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrf, "csrf");
    }
}
