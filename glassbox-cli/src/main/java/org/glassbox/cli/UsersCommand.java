package org.glassbox.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox users add|list|remove|passwd}: the workspace's accounts, managed offline. The store checks
 * names and passwords; what it refuses (a bad name, a short password, a user who exists or does not) is bad
 * input, exit 1 through {@link Failures}.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the workspace's user accounts.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class, UsersCommand.Passwd.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The frame of every users sub-command: open the store, do the work, print its line. */
    abstract static class AccountCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        StoreOptions store = new StoreOptions();

        /** The account operation on the opened store; returns the line to print (empty: none). */
        abstract String work(Workspace ws) throws IOException;

        @Override
        public final Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            String said;
            try (Workspace ws = store.open()) {
                said = work(ws);
            } catch (IllegalArgumentException e) {
                throw CommandFailure.badInput(e.getMessage());
            }
            if (!said.isEmpty()) {
                out.println(said);
            }
            out.flush();
            return Failures.OK;
        }
    }

    /** A sub-command that sets a password: from the first line of {@code --password-file}, else standard input. */
    abstract static class PasswordCommand extends AccountCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        char[] password() throws IOException {
            String pw;
            if (passwordFile != null) {
                pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } else if (System.console() != null) {
                char[] c = System.console().readPassword("Password: ");
                pw = c == null ? "" : new String(c);
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                pw = line == null ? "" : line;
            }
            return pw.strip().toCharArray();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user (password from --password-file or standard input).")
    static final class Add extends PasswordCommand {
        @Option(names = "--admin", description = "an administrator (everything, on every project)")
        boolean admin;

        @Override
        String work(Workspace ws) throws IOException {
            User u = ws.accounts().add(name, password(), admin);
            return "added user " + u.name() + (u.admin() ? " (admin)" : "");
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password (their sessions end).")
    static final class Passwd extends PasswordCommand {
        @Override
        String work(Workspace ws) throws IOException {
            ws.accounts().setPassword(name, password());
            return "password of " + name + " changed";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers extends AccountCommand {
        @Override
        String work(Workspace ws) {
            StringBuilder b = new StringBuilder();
            for (User u : ws.accounts().list()) {
                b.append(b.length() == 0 ? "" : System.lineSeparator()).append(u.name()).append(u.admin() ? "\tadmin" : "");
            }
            return b.toString();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user (with their sessions, tokens and memberships).")
    static final class Remove extends AccountCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        String work(Workspace ws) {
            ws.accounts().remove(name);
            return "removed user " + name;
        }
    }
}
