package org.glassbox.server;

import java.nio.file.Path;
import org.glassbox.store.Workspace;

/**
 * The server as its own process, for the tests that kill it or pull its database away:
 * {@code ServerMain STORE PORT} where STORE is a workspace folder or a JDBC URL. Prints
 * {@code READY PORT} when it serves.
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = args[0].startsWith("jdbc:") ? Workspace.connect(args[0], null, null) : Workspace.embedded(Path.of(args[0]));
        WorkspaceServer s = WorkspaceServer.start(ws, WorkspaceServer.Options.local(Integer.parseInt(args[1]), "test"));
        System.out.println("READY " + s.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
