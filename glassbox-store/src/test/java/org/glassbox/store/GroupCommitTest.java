package org.glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that wait together share one commit; each keeps its own outcome. */
class GroupCommitTest {
    @TempDir
    Path dir;

    private Database open() {
        return Database.open("jdbc:sqlite:" + dir.resolve("g.db"), null, null);
    }

    private static long projects(Database db) {
        return db.read(c -> Database.count(c, "SELECT COUNT(*) FROM projects"));
    }

    @Test
    void concurrentWritesShareCommitsAndEveryAcknowledgedOneIsStored() throws Exception {
        try (Database db = open()) {
            int threads = 20;
            int each = 15;
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int tt = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            String id = "p" + tt + "-" + i;
                            db.write(c -> Database.update(c, "INSERT INTO projects (id, name, created_ms) VALUES (?, ?, ?)", id, id, 0L));
                            acknowledged.add(id);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                ts.add(th);
                th.start();
            }
            start.countDown();
            for (Thread t : ts) {
                t.join();
            }
            assertThat(acknowledged).hasSize(threads * each);
            assertThat(projects(db)).isEqualTo(threads * each);
            GroupCommit g = db.group();
            assertThat(g.writes()).isEqualTo(threads * each);
            // twenty writers waiting on the same disk: commits are shared, far fewer than the writes
            assertThat(g.commits()).isLessThan(g.writes());
        }
    }

    @Test
    void aRefusedWriteInAGroupLeavesTheOthersAndNoTraceOfItself() throws Exception {
        try (Database db = open()) {
            db.write(c -> Database.update(c, "INSERT INTO projects (id, name, created_ms) VALUES ('dup', 'x', 0)"));
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                int tt = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        db.write(c -> {
                            Database.update(c, "INSERT INTO projects (id, name, created_ms) VALUES (?, 'y', 0)", "half-" + tt);
                            if (tt % 2 == 0) {
                                // a refused write after a statement of its own: both must vanish
                                Database.update(c, "INSERT INTO projects (id, name, created_ms) VALUES ('dup', 'x', 0)");
                            }
                            return null;
                        });
                    } catch (StoreException e) {
                        failures.add(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                ts.add(th);
                th.start();
            }
            start.countDown();
            for (Thread t : ts) {
                t.join();
            }
            assertThat(failures).hasSize(5);
            List<String> ids = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (var ps = c.prepareStatement("SELECT id FROM projects WHERE id LIKE 'half-%' ORDER BY id"); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(ids).containsExactly("half-1", "half-3", "half-5", "half-7", "half-9");
        }
    }

    @Test
    void aWriteInsideAWriteIsRefusedInsteadOfDeadlocking() {
        try (Database db = open()) {
            assertThatThrownBy(() -> db.write(c -> db.write(c2 -> 1))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("must not nest");
            assertThat(projects(db)).isZero();
        }
    }

    @Test
    void aClosedStoreRefusesWrites() throws SQLException {
        Database db = open();
        db.close();
        assertThatThrownBy(() -> db.write(c -> 1)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }
}
