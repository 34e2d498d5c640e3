package org.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lean command tree for one invocation. picocli reflects over every command class, option
 * and mixin when a {@link CommandLine} is built (about 0.3 s of CPU for Glassbox's tree, more
 * than the JVM's own start), although a run uses one sub-command. When the first argument names
 * a sub-command of {@link Main} (its {@code subcommands} list, the one place they are
 * registered) the tree holds only that one under a root with the same name, options and
 * version; {@code --version} gets the bare root. Help (no arguments, {@code --help},
 * {@code help ...}) and unknown names get the whole tree, so their messages list every command.
 */
final class StartupCommandLine {
    private StartupCommandLine() {
    }

    /** The root without sub-commands: the same name, standard options and version as {@link Main}. */
    @Command(name = "glassbox", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Opens the black box of local-government digital governance.")
    static final class Root implements Runnable {
        @Override
        public void run() {
            // a lean tree is only built for arguments that name a sub-command or --version
        }
    }

    /** The lean tree for {@code args}, or null when the whole tree is needed. */
    static CommandLine forArgs(String... args) {
        if (args == null || args.length == 0) {
            return null;
        }
        String first = args[0];
        if (first.equals("--version") || first.equals("-V")) {
            return args.length == 1 ? new CommandLine(new Root()) : null;
        }
        if (first.startsWith("-") || first.equals("help")) {
            return null;
        }
        for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
            Command sub = c.getAnnotation(Command.class);
            if (sub != null && names(sub, first)) {
                return new CommandLine(new Root()).addSubcommand(new CommandLine(c));
            }
        }
        return null;
    }

    private static boolean names(Command c, String name) {
        if (c.name().equals(name)) {
            return true;
        }
        for (String a : c.aliases()) {
            if (a.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
