package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.glassbox.server.FirstStart;
import org.glassbox.server.WorkspaceServer;
import org.glassbox.store.StoreException;
import org.glassbox.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox serve}: the workspace server (workspace.md) over the embedded store in
 * {@code --workspace DIR} or PostgreSQL at {@code --db URL}. Prints the URL when ready and runs
 * until stopped. Exit 2 on bad options, 1 when the store cannot be opened or migrated.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the workspace: a team's cases in a database, through the HTTP API and the web UI.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", defaultValue = "7070", description = "port (default 7070; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default 127.0.0.1; any other needs --tls-cert/--tls-key or --insecure-http)")
    String host;

    @Option(names = "--demo", description = "on first start, import the demo cases into a project 'demo'")
    boolean demo;

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "256m", description = "largest upload, e.g. 256m, 1g, 500k (default 256m)")
    String maxUpload;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "certificate chain (PEM) for HTTPS")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "private key (PKCS#8 PEM) for HTTPS")
    Path tlsKey;

    @Option(names = "--insecure-http", description = "serve plain HTTP on a non-loopback address all the same")
    boolean insecureHttp;

    @Option(names = "--password-file", paramLabel = "FILE", description = "on first start, the admin's password (first line) instead of a generated one")
    Path passwordFile;

    @Option(names = "--search-index", paramLabel = "DIR", description = "the full-text search index's folder (default: search-index inside the workspace folder; with --db, ./glassbox-search-index)")
    Path searchIndex;

    @Option(names = "--examples", paramLabel = "DIR", hidden = true, description = "the demo cases' folder (default $glassbox.home/examples, else ./examples)")
    Path examples;

    /** {@code 256m} → bytes; -1 when it is not a size. */
    static long size(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1L << 10;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t);
            return v > 0 && v <= Long.MAX_VALUE / mult ? v * mult : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long max = size(maxUpload);
        if (max < 0) {
            throw CommandFailure.usage("--max-upload must be a size such as 256m, 1g or 500k, not " + maxUpload);
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw CommandFailure.usage("give --tls-cert and --tls-key together");
        }
        if (port < 0 || port > 65_535) {
            throw CommandFailure.usage("--port must be 0-65535, not " + port);
        }
        if (!WorkspaceServer.isLoopback(host) && tlsCert == null && !insecureHttp) {
            throw CommandFailure.usage("--host " + host + " is reachable from other machines; give --tls-cert and --tls-key"
                    + " to serve HTTPS, or --insecure-http to serve plain HTTP all the same");
        }
        Path demoDir = demo ? examplesDir() : null;
        if (demo && demoDir == null) {
            throw CommandFailure.badInput("--demo: the examples folder was not found (looked in $glassbox.home/examples and ./examples)");
        }
        Workspace ws;
        try {
            ws = store.open();
        } catch (StoreException e) {
            throw CommandFailure.badInput("cannot open the store " + store.describe() + ": " + e.getMessage());
        }
        WorkspaceServer server;
        try {
            String pw = FirstStart.admin(ws, passwordFile);
            if (pw != null) {
                out.println("Created user 'admin' with password: " + pw);
                out.println("(shown only this once; change it with 'glassbox users passwd admin')");
            }
            if (demoDir != null) {
                List<String> ids = FirstStart.demo(ws, demoDir);
                if (!ids.isEmpty()) {
                    out.println("Imported the demo cases " + String.join(", ", ids) + " into project 'demo'");
                }
            }
            server = WorkspaceServer.start(ws, new WorkspaceServer.Options(host, port, max, tlsCert, tlsKey, insecureHttp,
                    Main.Version.version(), searchIndex != null ? searchIndex : store.searchIndex()));
        } catch (StoreException | IllegalArgumentException e) {
            ws.close();
            throw e;
        } catch (Exception e) {
            ws.close();
            throw new IOException("cannot start: " + e.getMessage(), e);
        }
        out.println("Glassbox workspace (" + ws.engine() + ", " + store.describe() + ") ready at " + server.url());
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ws.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private Path examplesDir() {
        if (examples != null) {
            return Files.isDirectory(examples) ? examples : null;
        }
        String home = System.getProperty("glassbox.home");
        if (home != null && Files.isDirectory(Path.of(home, "examples"))) {
            return Path.of(home, "examples");
        }
        return Files.isDirectory(Path.of("examples")) ? Path.of("examples") : null;
    }
}
