package org.glassbox.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.store.StoreException;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glassbox users add|list|remove|passwd}: the workspace's accounts, managed offline. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the workspace's user accounts.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class, UsersCommand.Passwd.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the password from the file's first line, else one line of standard input; null (message printed) when too short. */
    static char[] password(Path file, PrintWriter err) throws IOException {
        String pw;
        if (file != null) {
            pw = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } else if (System.console() != null) {
            char[] c = System.console().readPassword("Password: ");
            pw = c == null ? "" : new String(c);
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            pw = line == null ? "" : line;
        }
        pw = pw.strip();
        if (pw.length() < 8) {
            err.println("glassbox users: the password must have at least 8 characters");
            return null;
        }
        return pw.toCharArray();
    }

    /** Runs {@code work} on the opened store: 1 (message printed) when it cannot be opened or refuses. */
    static int withStore(StoreOptions store, PrintWriter err, StoreWork work) {
        try (Workspace ws = store.open()) {
            return work.run(ws);
        } catch (StoreException | IllegalArgumentException e) {
            err.println("glassbox users: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("glassbox users: " + e.getMessage());
            return 1;
        }
    }

    interface StoreWork {
        int run(Workspace ws) throws IOException;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user (password from --password-file or standard input).")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreOptions store = new StoreOptions();
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--admin", description = "an administrator (everything, on every project)")
        boolean admin;
        @Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return withStore(store, err, ws -> {
                char[] pw = password(passwordFile, err);
                if (pw == null) {
                    return 1;
                }
                User u = ws.accounts().add(name, pw, admin);
                out.println("added user " + u.name() + (u.admin() ? " (admin)" : ""));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreOptions store = new StoreOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return withStore(store, spec.commandLine().getErr(), ws -> {
                for (User u : ws.accounts().list()) {
                    out.println(u.name() + (u.admin() ? "\tadmin" : ""));
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user (with their sessions, tokens and memberships).")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreOptions store = new StoreOptions();
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return withStore(store, spec.commandLine().getErr(), ws -> {
                ws.accounts().remove(name);
                out.println("removed user " + name);
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password (their sessions end).")
    static final class Passwd implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreOptions store = new StoreOptions();
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return withStore(store, err, ws -> {
                char[] pw = password(passwordFile, err);
                if (pw == null) {
                    return 1;
                }
                ws.accounts().setPassword(name, pw);
                out.println("password of " + name + " changed");
                out.flush();
                return 0;
            });
        }
    }
}
