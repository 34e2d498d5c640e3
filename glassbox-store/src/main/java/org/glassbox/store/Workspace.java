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

    /**
     * Writes a consistent snapshot of the embedded store to {@code out} while it is in use
     * (SQLite {@code VACUUM INTO}: one read transaction, so every acknowledged write before it is
     * in, nothing half-written). For PostgreSQL use {@code pg_dump}, which does the same.
     */
    public void backup(Path out) {
        if (db.engine() != Database.Engine.SQLITE) {
            throw new StoreException("backup: a PostgreSQL store is backed up with pg_dump (consistent while it runs)");
        }
        if (Files.exists(out)) {
            throw new StoreException("out: " + out + " exists; nothing is written over it");
        }
        String target = out.toAbsolutePath().toString().replace("'", "''");
        db.read(c -> {
            try (var st = c.createStatement()) {
                st.execute("VACUUM INTO '" + target + "'");
            }
            return null;
        });
    }

    /**
     * Puts backup {@code snapshot} in place as the embedded store of folder {@code dir} (the
     * server must not be running on it). The snapshot is opened and migrated first, so a file
     * that is not a workspace is refused before anything is replaced; an existing store is
     * replaced only with {@code replace}.
     */
    public static void restore(Path snapshot, Path dir, boolean replace) {
        if (!Files.isRegularFile(snapshot)) {
            throw new StoreException("snapshot: no such file " + snapshot);
        }
        try {
            Path tmp = Files.createTempDirectory("glassbox-restore");
            Path copy = tmp.resolve(DB_FILE);
            Files.copy(snapshot, copy);
            try (Workspace check = new Workspace(Database.open("jdbc:sqlite:" + copy.toAbsolutePath(), null, null))) {
                check.accounts().count();
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(DB_FILE);
            if (Files.exists(target) && !replace) {
                throw new StoreException("dir: " + dir + " has a store already; say replace to put the backup in its place");
            }
            Files.deleteIfExists(dir.resolve(DB_FILE + "-wal"));
            Files.deleteIfExists(dir.resolve(DB_FILE + "-shm"));
            Files.move(copy, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(tmp.resolve(DB_FILE + "-wal"));
            Files.deleteIfExists(tmp.resolve(DB_FILE + "-shm"));
            Files.deleteIfExists(tmp);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot restore " + snapshot + ": " + e.getMessage(), e);
        }
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
