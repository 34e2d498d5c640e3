package org.glassbox.cli;

import java.nio.file.Path;
import org.glassbox.store.Workspace;
import picocli.CommandLine.Option;

/** Where the workspace's store is: {@code --workspace DIR} (embedded, the default) or {@code --db JDBC_URL}. */
public final class StoreOptions {
    @Option(names = "--workspace", paramLabel = "DIR", description = "the workspace folder with the embedded database (default ./glassbox-workspace)")
    Path workspace;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "a PostgreSQL store instead, e.g. jdbc:postgresql://host/db?user=u&password=p")
    String db;

    Path folder() {
        return workspace == null ? Path.of("glassbox-workspace") : workspace;
    }

    /** The search index's default folder: beside the embedded database, or ./glassbox-search-index for PostgreSQL. */
    Path searchIndex() {
        return db != null ? Path.of("glassbox-search-index") : folder().resolve("search-index");
    }

    /** Opens the store (throws StoreException with the reason). */
    Workspace open() {
        return db != null ? Workspace.connect(db, null, null) : Workspace.embedded(folder());
    }

    /** What to name the store in messages. */
    String describe() {
        return db != null ? db.replaceAll("(?i)(password=)[^&]*", "$1***") : folder().toAbsolutePath().normalize().toString();
    }
}
