package org.glassbox.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code glassbox} command. Exit codes: 0 ok, 1 bad input, 2 usage error.
 */
@Command(name = "glassbox", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Opens the black box of local-government digital governance.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                ConvertCommand.class,
                CodebookCommand.class,
                GenerateCommand.class,
                ProcessCommand.class,
                AnalyzeCommand.class,
                CompareCommand.class,
                DemoCommand.class,
                QcaCommand.class,
                AgreementCommand.class,
                SimulateCommand.class,
                ServeCommand.class,
                UsersCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                DocumentsCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Glassbox's error handling: {@link Failures} maps every failure to its exit code. */
    public static CommandLine commandLine() {
        return withHandlers(new CommandLine(new Main()));
    }

    /**
     * The command line for these arguments: when they start with a sub-command's name (or
     * {@code --version}) only that sub-command is built ({@link StartupCommandLine}), so a command
     * does not pay for reflecting over every other one; otherwise the whole tree.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine lean = StartupCommandLine.forArgs(args);
        return lean == null ? commandLine() : withHandlers(lean);
    }

    private static CommandLine withHandlers(CommandLine cl) {
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures);
        cl.setParameterExceptionHandler(failures);
        // picocli hands only Exceptions to the handler: an OutOfMemoryError would end the JVM with a stack trace
        CommandLine.IExecutionStrategy strategy = cl.getExecutionStrategy();
        cl.setExecutionStrategy(parsed -> {
            try {
                return strategy.execute(parsed);
            } catch (OutOfMemoryError e) {
                return Failures.outOfMemory(parsed);
            }
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** Version from the jar manifest, or "dev". */
    public static final class Version implements CommandLine.IVersionProvider {
        public static String version() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "0.1.0-SNAPSHOT" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"glassbox " + version()};
        }
    }
}
