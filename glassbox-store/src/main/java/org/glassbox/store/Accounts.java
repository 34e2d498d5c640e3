package org.glassbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Users, their password hashes ({@link PasswordHash}), login sessions and API tokens. Session ids
 * and tokens are random 256-bit secrets handed to the client once; only their SHA-256 digests are
 * stored. A session ends after {@link #IDLE} without use or {@link #ABSOLUTE} after it began.
 */
public final class Accounts {
    /** Sessions end after this long unused. */
    public static final Duration IDLE = Duration.ofHours(12);
    /** Sessions end this long after login, used or not. */
    public static final Duration ABSOLUTE = Duration.ofDays(7);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final Database db;

    Accounts(Database db) {
        this.db = db;
    }

    /** Whether {@code name} is a valid user name: 1–64 of letters, digits, {@code . _ @ -}, starting with a letter or digit. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Creates a user; a {@link ConflictException} when the name is taken. */
    public User add(String name, char[] password, boolean admin) {
        if (!validName(name)) {
            throw new IllegalArgumentException("name: 1-64 letters, digits, '.', '_', '@' or '-', not '" + name + "'");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("password: at least 8 characters");
        }
        String hash = PasswordHash.hash(password);
        return db.write(c -> {
            if (Database.count(c, "SELECT COUNT(*) FROM users WHERE name = ?", name) > 0) {
                throw new ConflictException("user '" + name + "' exists already", null);
            }
            Database.update(c, "INSERT INTO users (name, password_hash, admin, created_ms) VALUES (?, ?, ?, ?)",
                    name, hash, admin ? 1 : 0, System.currentTimeMillis());
            return new User(name, admin);
        });
    }

    public List<User> list() {
        return db.read(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, admin FROM users ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new User(rs.getString(1), rs.getInt(2) != 0));
                }
            }
            return out;
        });
    }

    public long count() {
        return db.read(c -> Database.count(c, "SELECT COUNT(*) FROM users"));
    }

    /** The user, or a {@link NotFoundException}. */
    public User get(String name) {
        return db.read(c -> {
            User u = find(c, name);
            if (u == null) {
                throw new NotFoundException("user", name);
            }
            return u;
        });
    }

    static User find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = Database.prepare(c, "SELECT name, admin FROM users WHERE name = ?", name);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new User(rs.getString(1), rs.getInt(2) != 0) : null;
        }
    }

    /** Removes a user with their sessions, tokens and memberships. */
    public void remove(String name) {
        db.write(c -> {
            if (Database.update(c, "DELETE FROM users WHERE name = ?", name) == 0) {
                throw new NotFoundException("user", name);
            }
            Database.update(c, "DELETE FROM sessions WHERE user_name = ?", name);
            Database.update(c, "DELETE FROM api_tokens WHERE user_name = ?", name);
            Database.update(c, "DELETE FROM members WHERE user_name = ?", name);
            return null;
        });
    }

    /** Sets a new password and ends the user's sessions. */
    public void setPassword(String name, char[] password) {
        if (password.length < 8) {
            throw new IllegalArgumentException("password: at least 8 characters");
        }
        String hash = PasswordHash.hash(password);
        db.write(c -> {
            if (Database.update(c, "UPDATE users SET password_hash = ? WHERE name = ?", hash, name) == 0) {
                throw new NotFoundException("user", name);
            }
            Database.update(c, "DELETE FROM sessions WHERE user_name = ?", name);
            return null;
        });
    }

    /** The user when {@code password} is theirs, else null (as slow for an unknown user as for a wrong password). */
    public User check(String name, char[] password) {
        String stored = db.read(c -> {
            try (PreparedStatement ps = Database.prepare(c, "SELECT password_hash FROM users WHERE name = ?", name);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        boolean ok = PasswordHash.verify(password, stored == null ? PasswordHash.DUMMY : stored);
        return ok && stored != null ? get(name) : null;
    }

    /** A new session for {@code user}: returns {sessionSecret, csrfToken}. */
    public String[] openSession(User user) {
        String secret = PasswordHash.secret();
        String csrf = PasswordHash.secret();
        long now = System.currentTimeMillis();
        db.write(c -> Database.update(c, "INSERT INTO sessions (session_hash, user_name, csrf, created_ms, seen_ms) VALUES (?, ?, ?, ?, ?)",
                PasswordHash.sha256(secret), user.name(), csrf, now, now));
        return new String[] {secret, csrf};
    }

    /** The live session of {@code secret} (its last use moved to now), or null when unknown or expired (then removed). */
    public Session session(String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        String h = PasswordHash.sha256(secret);
        long now = System.currentTimeMillis();
        return db.read(c -> {
            String user;
            String csrf;
            long created;
            long seen;
            try (PreparedStatement ps = Database.prepare(c,
                    "SELECT user_name, csrf, created_ms, seen_ms FROM sessions WHERE session_hash = ?", h);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                user = rs.getString(1);
                csrf = rs.getString(2);
                created = rs.getLong(3);
                seen = rs.getLong(4);
            }
            if (now - seen > IDLE.toMillis() || now - created > ABSOLUTE.toMillis()) {
                Database.update(c, "DELETE FROM sessions WHERE session_hash = ?", h);
                return null;
            }
            User u = find(c, user);
            if (u == null) {
                return null;
            }
            if (now - seen > 60_000) {
                Database.update(c, "UPDATE sessions SET seen_ms = ? WHERE session_hash = ?", now, h);
            }
            return new Session(u, csrf, created, now);
        });
    }

    /** Moves a session's clock (tests of expiry use it; the server never does). */
    public void ageSession(String secret, Duration by) {
        String h = PasswordHash.sha256(secret);
        db.write(c -> Database.update(c, "UPDATE sessions SET created_ms = created_ms - ?, seen_ms = seen_ms - ? WHERE session_hash = ?",
                by.toMillis(), by.toMillis(), h));
    }

    public void closeSession(String secret) {
        if (secret != null) {
            db.write(c -> Database.update(c, "DELETE FROM sessions WHERE session_hash = ?", PasswordHash.sha256(secret)));
        }
    }

    /** A new API token for {@code user} (returned once; only its digest is kept). */
    public String newToken(User user) {
        String token = "gbt_" + PasswordHash.secret();
        db.write(c -> Database.update(c, "INSERT INTO api_tokens (token_hash, user_name, created_ms) VALUES (?, ?, ?)",
                PasswordHash.sha256(token), user.name(), System.currentTimeMillis()));
        return token;
    }

    /** The user of an API token, or null. */
    public User tokenUser(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String h = PasswordHash.sha256(token);
        return db.read(c -> {
            String name;
            try (PreparedStatement ps = Database.prepare(c, "SELECT user_name FROM api_tokens WHERE token_hash = ?", h);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                name = rs.getString(1);
            }
            return find(c, name);
        });
    }
}
