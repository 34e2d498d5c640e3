package org.glassbox.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store of one workspace: {@link #open} connects (an embedded SQLite file inside a workspace
 * folder, or PostgreSQL from a JDBC URL), migrates the schema, and hands out the areas:
 * {@link #accounts()}, {@link #projects()}, {@link #cases()}.
 */
public final class Workspace implements AutoCloseable {
    /** The embedded database's file name inside a workspace folder. */
    public static final String DB_FILE = "glassbox.db";

    private final Database db;
    private final Accounts accounts;
    private final Projects projects;
    private final Cases cases;

    private Workspace(Database db) {
        this.db = db;
        this.accounts = new Accounts(db);
        this.projects = new Projects(db);
        this.cases = new Cases(db);
    }

    /** The embedded store in folder {@code dir} (created when missing). */
    public static Workspace embedded(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        return new Workspace(Database.open("jdbc:sqlite:" + dir.resolve(DB_FILE).toAbsolutePath(), null, null));
    }

    /**
     * The store at JDBC URL {@code url} ({@code jdbc:postgresql://…} or {@code jdbc:sqlite:FILE});
     * user and password may be given in the URL, or here (null when not).
     */
    public static Workspace connect(String url, String user, String password) {
        return new Workspace(Database.open(url, user, password));
    }

    public Accounts accounts() {
        return accounts;
    }

    public Projects projects() {
        return projects;
    }

    public Cases cases() {
        return cases;
    }

    /** "sqlite" or "postgresql". */
    public String engine() {
        return db.engine().name().toLowerCase(java.util.Locale.ROOT);
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
