package org.glassbox.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox generate OUT_DIR --events N --actors M [--seed S] [--years Y]
 * [--process administrative|market] [--noise 0.1]}: writes a valid synthetic case folder (see
 * {@link CaseGenerator} for the generating processes and the ground truth recorded in case.yaml).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a valid synthetic case folder of any size, optionally from a generating process with known ground truth.")
public final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "folder to write the case into (new or empty)")
    Path out;

    @Option(names = "--events", required = true, paramLabel = "N", description = "number of events (at least 1: a case without events cannot be analysed)")
    int events;

    @Option(names = "--actors", required = true, paramLabel = "M", description = "number of actors (at least " + CaseGenerator.MIN_ACTORS + ")")
    int actors;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--years", paramLabel = "Y", description = "length of the period in years (default: ${DEFAULT-VALUE})", defaultValue = "8")
    int years;

    @Option(names = "--start-year", paramLabel = "YEAR", description = "first year (default: ${DEFAULT-VALUE})", defaultValue = "2015")
    int startYear;

    @Option(names = "--process", paramLabel = "PROCESS",
            description = "generating process: administrative or market (default: a mix of both)")
    String process;

    @Option(names = "--noise", paramLabel = "P", description = "probability each choice follows the other process, in [0,1] (default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    double noise;

    @Override
    public Integer call() throws IOException {
        GeneratingProcess p = null;
        if (process != null) {
            p = GeneratingProcess.ofWord(process);
            if (p == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--process must be administrative or market, not '" + process + "'");
            }
        }
        if (events < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--events must be at least 1, not " + events
                    + ": a case without events is refused by analyze (no events are coded yet)");
        }
        CaseGenerator.Options o;
        try {
            o = new CaseGenerator.Options(events, actors, seed, years, startYear, p, noise);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), optionNamed(e.getMessage()));
        }
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            throw CommandFailure.badInput(out + " exists and is not an empty folder; choose a new one");
        }
        long t0 = System.nanoTime();
        Case c = CaseGenerator.generate(o);
        CaseWriter.writeFolder(c, out);
        spec.commandLine().getOut().printf("wrote %s: %d events, %d actors, %d ties (%s, seed %d, noise %s) in %.1f s%n",
                out, c.events().size(), c.actors().size(), c.ties().size(),
                p == null ? "mixed process" : p.word() + " process", seed, noise, (System.nanoTime() - t0) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static boolean isEmptyDirectory(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    /** The generator's words for its options ("actors must be ≥ 12: 3") as the options the user typed ("--actors …"). */
    static String optionNamed(String message) {
        for (String[] w : new String[][] {{"start year", "--start-year"}, {"events", "--events"}, {"actors", "--actors"},
            {"years", "--years"}, {"noise", "--noise"}}) {
            if (message.startsWith(w[0] + " ")) {
                return w[1] + message.substring(w[0].length());
            }
        }
        return message;
    }
}
