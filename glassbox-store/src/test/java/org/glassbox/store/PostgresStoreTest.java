package org.glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on PostgreSQL: the database at {@code GLASSBOX_TEST_PG_URL} (a throw-away
 * one; .ci/run starts it), emptied before every test. Skipped, saying so, when the variable is unset.
 */
class PostgresStoreTest extends StoreContract {
    static final String URL = System.getenv("GLASSBOX_TEST_PG_URL");

    /** Drops and recreates the public schema of the test database. */
    static void wipe() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    @Override
    Workspace open() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "GLASSBOX_TEST_PG_URL is not set: the PostgreSQL half of the store suite is skipped (.ci/run sets it)");
        wipe();
        return Workspace.connect(URL, null, null);
    }

    @Test
    void runsOnPostgres() {
        assertThat(ws.engine()).isEqualTo("postgresql");
    }
}
