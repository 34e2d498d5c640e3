package org.glassbox.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * The connection pool over one database (SQLite file or PostgreSQL) with the schema migrated, and
 * transactions: {@link #write} runs its work in one transaction (committed, or rolled back on any
 * exception), {@link #read} in autocommit. SQLite runs in WAL mode with {@code synchronous=FULL}
 * (a commit is on disk when it returns) and {@code BEGIN IMMEDIATE} transactions (writers queue on
 * the busy timeout instead of failing on a lock upgrade); its writes share commits ({@link GroupCommit}). On
 * PostgreSQL the writes of cases share commits per shard of cases ({@link #write(String, Work)}), other writes
 * (accounts, projects) commit on their own connection.
 */
final class Database implements AutoCloseable {
    enum Engine { SQLITE, POSTGRESQL }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final HikariDataSource pool;
    private final Engine engine;
    private final String url;
    private final GroupCommit group;
    /** PostgreSQL's group commits, one per shard of cases (a case's writes always go to the same one). */
    private final GroupCommit[] shards;
    /** Writers of cases on PostgreSQL: cases hash onto them, so writes of one case share commits, other cases run beside. */
    static final int PG_WRITERS = 4;

    private Database(HikariDataSource pool, Engine engine, String url) {
        this.pool = pool;
        this.engine = engine;
        this.url = url;
        this.group = engine == Engine.SQLITE ? new GroupCommit(pool) : null;
        this.shards = new GroupCommit[engine == Engine.SQLITE ? 0 : PG_WRITERS];
        for (int i = 0; i < shards.length; i++) {
            shards[i] = new GroupCommit(pool, "glassbox-store-writer-" + i);
        }
    }

    /** Opens the pool over {@code url} and migrates the schema; throws {@link StoreException} with the reason. */
    static Database open(String url, String user, String password) {
        Engine engine;
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            engine = Engine.SQLITE;
        } else if (lower.startsWith("jdbc:postgresql:")) {
            engine = Engine.POSTGRESQL;
        } else {
            throw new StoreException("url: a jdbc:sqlite: or jdbc:postgresql: URL, not '" + url + "'");
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setPoolName("glassbox-store");
        cfg.setConnectionTimeout(5_000);
        cfg.setValidationTimeout(2_000);
        cfg.setInitializationFailTimeout(10_000);
        if (engine == Engine.SQLITE) {
            cfg.setDriverClassName("org.sqlite.JDBC");
            cfg.setMaximumPoolSize(8);
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "FULL");
            cfg.addDataSourceProperty("busy_timeout", "30000");
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            cfg.addDataSourceProperty("foreign_keys", "false");
        } else {
            cfg.setDriverClassName("org.postgresql.Driver");
            cfg.setMaximumPoolSize(12);
            if (user != null) {
                cfg.setUsername(user);
            }
            if (password != null) {
                cfg.setPassword(password);
            }
            cfg.addDataSourceProperty("connectTimeout", "5");
            cfg.addDataSourceProperty("socketTimeout", "60");
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
        }
        return new Database(ds, engine, url);
    }

    /** The group commit of a SQLite store, or null (PostgreSQL commits each write on its own connection). */
    GroupCommit group() {
        return group;
    }

    Engine engine() {
        return engine;
    }

    String url() {
        return url;
    }

    /**
     * Runs {@code w} in one transaction. On SQLite the work goes through the {@link GroupCommit}: writes
     * waiting at the same time share one commit (each in its own savepoint, so one refused write leaves the
     * others), and each caller returns only after that commit is on disk.
     */
    <T> T write(Work<T> w) {
        if (group != null) {
            return group.write(w);
        }
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T t = w.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken: nothing was committed, the pool discards it
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code w}, a write of the thing named {@code key} (a case), in a transaction shared with other
     * writes ({@link GroupCommit}): on SQLite the one writer; on PostgreSQL the writer of {@code key}'s
     * shard, so concurrent writes of one case share one commit (one WAL flush) while writes of cases on
     * other shards commit in parallel. The caller returns only after the commit of its write.
     */
    <T> T write(String key, Work<T> w) {
        if (group != null) {
            return group.write(w);
        }
        return shards[Math.floorMod(key.hashCode(), shards.length)].write(w);
    }

    /** Runs {@code w} in autocommit (each statement sees the last committed state). */
    <T> T read(Work<T> w) {
        try (Connection c = connection()) {
            return w.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code w} in one read-only transaction that sees one snapshot (for backups). */
    <T> T snapshot(Work<T> w) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            if (engine == Engine.POSTGRESQL) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T t = w.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Connection-level failures become {@link StoreUnavailableException}; the rest {@link StoreException}. */
    static StoreException translate(SQLException e) {
        String state = e.getSQLState();
        if (e instanceof SQLTransientConnectionException || (state != null && (state.startsWith("08") || state.startsWith("57P")))
                || e.getCause() instanceof java.net.ConnectException) {
            return new StoreUnavailableException("the database is not available: " + rootMessage(e), e);
        }
        return new StoreException("database error: " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Number of rows of {@code sql} with parameters. */
    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        if (group != null) {
            group.close();
        }
        for (GroupCommit g : shards) {
            g.close();
        }
        pool.close();
    }
}
