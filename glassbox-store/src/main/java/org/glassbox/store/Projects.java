package org.glassbox.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Projects and their members. Whether a user may do something is decided from {@link #role}. */
public final class Projects {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private final Database db;

    Projects(Database db) {
        this.db = db;
    }

    /** 1–64 of lower-case letters, digits, {@code . _ -}, starting with a letter or digit. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Creates a project owned by {@code owner}; a {@link ConflictException} when the id is taken. */
    public Project create(String id, String name, String owner) {
        if (!validId(id)) {
            throw new IllegalArgumentException("id: 1-64 lower-case letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a non-blank name");
        }
        return db.write(c -> {
            if (Database.count(c, "SELECT COUNT(*) FROM projects WHERE id = ?", id) > 0) {
                throw new ConflictException("project '" + id + "' exists already", null);
            }
            Database.update(c, "INSERT INTO projects (id, name, created_ms) VALUES (?, ?, ?)", id, name, System.currentTimeMillis());
            Database.update(c, "INSERT INTO members (project_id, user_name, role) VALUES (?, ?, ?)", id, owner, Role.OWNER.word());
            return new Project(id, name, Role.OWNER);
        });
    }

    public boolean exists(String id) {
        return db.read(c -> Database.count(c, "SELECT COUNT(*) FROM projects WHERE id = ?", id) > 0);
    }

    /** The projects {@code user} is a member of (an admin: every project), by id. */
    public List<Project> of(User user) {
        return db.read(c -> {
            List<Project> out = new ArrayList<>();
            String sql = user.admin()
                    ? "SELECT p.id, p.name, m.role FROM projects p LEFT JOIN members m ON m.project_id = p.id AND m.user_name = ? ORDER BY p.id"
                    : "SELECT p.id, p.name, m.role FROM projects p JOIN members m ON m.project_id = p.id AND m.user_name = ? ORDER BY p.id";
            try (PreparedStatement ps = Database.prepare(c, sql, user.name()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Project(rs.getString(1), rs.getString(2), rs.getString(3) == null ? null : Role.parse(rs.getString(3))));
                }
            }
            return out;
        });
    }

    /** The role of {@code user} in project {@code id}; null when not a member or no such project. */
    public Role role(String id, String user) {
        return db.read(c -> role(c, id, user));
    }

    static Role role(Connection c, String id, String user) throws SQLException {
        try (PreparedStatement ps = Database.prepare(c, "SELECT role FROM members WHERE project_id = ? AND user_name = ?", id, user);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Role.parse(rs.getString(1)) : null;
        }
    }

    public List<Member> members(String id) {
        return db.read(c -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT user_name, role FROM members WHERE project_id = ? ORDER BY user_name", id);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getString(1), Role.parse(rs.getString(2))));
                }
            }
            return out;
        });
    }

    /** Adds {@code user} to project {@code id} or changes their role. */
    public Member setMember(String id, String user, Role role) {
        return db.write(c -> {
            if (Database.count(c, "SELECT COUNT(*) FROM projects WHERE id = ?", id) == 0) {
                throw new NotFoundException("project", id);
            }
            if (Accounts.find(c, user) == null) {
                throw new NotFoundException("user", user);
            }
            if (Database.update(c, "UPDATE members SET role = ? WHERE project_id = ? AND user_name = ?", role.word(), id, user) == 0) {
                Database.update(c, "INSERT INTO members (project_id, user_name, role) VALUES (?, ?, ?)", id, user, role.word());
            }
            return new Member(user, role);
        });
    }

    public void removeMember(String id, String user) {
        db.write(c -> {
            if (Database.update(c, "DELETE FROM members WHERE project_id = ? AND user_name = ?", id, user) == 0) {
                throw new NotFoundException("member", user);
            }
            return null;
        });
    }
}
