package org.glassbox.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glassbox restore SNAPSHOT --workspace DIR [--replace]}: puts a backup in place (with the server stopped). */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Put a backup in place as a workspace's store (stop the server first).")
public final class RestoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "a file written by 'glassbox backup'")
    Path snapshot;
    @Option(names = "--workspace", paramLabel = "DIR", description = "the workspace folder (default ./glassbox-workspace)")
    Path workspace;
    @Option(names = "--replace", description = "replace the workspace's current store")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Path dir = workspace == null ? Path.of("glassbox-workspace") : workspace;
        Workspace.restore(snapshot, dir, replace);
        o.println("restored " + snapshot + " into " + dir);
        o.flush();
        return 0;
    }
}
