package org.glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on the embedded engine (a fresh SQLite file per test). */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Workspace open() {
        return Workspace.embedded(dir.resolve("ws"));
    }

    @Test
    void embeddedRunsInWalWithFullSync() {
        String[] modes = ws.database().read(c -> {
            try (var st = c.createStatement()) {
                String jm;
                try (var rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    jm = rs.getString(1);
                }
                try (var rs = st.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    return new String[] {jm, rs.getString(1)};
                }
            }
        });
        assertThat(modes).containsExactly("wal", "2");
        assertThat(ws.engine()).isEqualTo("sqlite");
    }
}
