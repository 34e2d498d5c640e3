package org.glassbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Group commit: one thread runs the writes given to it (on SQLite, which has one writer, every write; on
 * PostgreSQL, the writes of the cases of one shard, {@link Database#write(String, Database.Work)}); the writes that are
 * waiting when it starts a transaction share it, each inside its own savepoint, and one commit — one sync
 * to disk — acknowledges them all. A write that throws is rolled back to its savepoint and only its caller
 * gets the exception; if the commit itself fails, every write of the group gets it and none is acknowledged.
 * A caller returns only after the commit of its write has returned, so an acknowledged write is on disk
 * ({@code synchronous=FULL}) and survives {@code kill -9}; an unacknowledged one leaves no trace.
 *
 * <p>This is the technique of database servers' "group commit" (e.g. PostgreSQL's {@code commit_delay},
 * InnoDB's binary-log group commit), without any delay: a group is whatever queued up while the previous
 * commit was syncing. With one client it costs nothing; with twenty it turns twenty syncs into one.
 */
final class GroupCommit implements AutoCloseable {
    /** At most this many writes share one commit (bounds the work lost to a failing commit and the latency). */
    static final int MAX_GROUP = 64;

    private record Pending(Database.Work<?> work, CompletableFuture<Object> done) {
    }

    private static final Pending STOP = new Pending(c -> null, new CompletableFuture<>());

    private final DataSource pool;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    GroupCommit(DataSource pool) {
        this(pool, "glassbox-store-writer");
    }

    /** A group commit over {@code pool} whose writer thread is called {@code name}. */
    GroupCommit(DataSource pool, String name) {
        this.pool = pool;
        this.writer = new Thread(this::loop, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code w} in a shared transaction; returns its result once the transaction is committed. */
    @SuppressWarnings("unchecked")
    <T> T write(Database.Work<T> w) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("a write inside a write: the store's work must not nest writes");
        }
        if (closed) {
            throw new StoreException("the store is closed");
        }
        Pending p = new Pending(w, new CompletableFuture<>());
        queue.add(p);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return (T) p.done().get();
                } catch (InterruptedException e) {
                    interrupted = true; // the write may already be committed: wait for its outcome
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof SQLException e) {
            return Database.translate(e);
        }
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new StoreException("write failed: " + t, t);
    }

    private void loop() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            group.clear();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, by STOP
            }
            queue.drainTo(group, MAX_GROUP - 1);
            boolean stop = group.remove(STOP);
            if (!group.isEmpty()) {
                run(group);
            }
            if (stop) {
                List<Pending> left = new ArrayList<>();
                queue.drainTo(left);
                left.stream().filter(p -> p != STOP).forEach(p -> p.done().completeExceptionally(new StoreException("the store is closed")));
                return;
            }
        }
    }

    private void run(List<Pending> group) {
        List<Pending> ok = new ArrayList<>(group.size());
        List<Object> results = new ArrayList<>(group.size());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Pending p : group) {
                    Savepoint sp = c.setSavepoint();
                    try {
                        Object r = p.work().run(c);
                        c.releaseSavepoint(sp);
                        ok.add(p);
                        results.add(r);
                    } catch (SQLException | RuntimeException | Error e) {
                        c.rollback(sp);
                        c.releaseSavepoint(sp);
                        p.done().completeExceptionally(e);
                    }
                }
                c.commit();
                commits.incrementAndGet();
                writes.addAndGet(ok.size());
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken: nothing was committed, the pool discards it
                }
                throw e;
            }
        } catch (SQLException | RuntimeException | Error e) {
            for (Pending p : group) {
                p.done().completeExceptionally(e); // no-op for those already failed
            }
            return;
        }
        for (int i = 0; i < ok.size(); i++) {
            ok.get(i).done().complete(results.get(i));
        }
    }

    /** Commits made so far (each acknowledging one group). */
    long commits() {
        return commits.get();
    }

    /** Writes acknowledged so far. */
    long writes() {
        return writes.get();
    }

    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
