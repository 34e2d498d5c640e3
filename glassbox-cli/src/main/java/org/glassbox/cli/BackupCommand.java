package org.glassbox.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code glassbox backup --workspace DIR OUT}: a consistent snapshot of the embedded store, taken while it runs. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a consistent snapshot of a workspace's store (safe while the server runs).")
public final class BackupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    StoreOptions store = new StoreOptions();
    @Parameters(index = "0", paramLabel = "OUT", description = "the snapshot file to write (must not exist)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Workspace ws = store.open()) {
            ws.backup(out);
        }
        o.println("wrote " + out + " (a snapshot of " + store.describe() + ")");
        o.flush();
        return 0;
    }
}
