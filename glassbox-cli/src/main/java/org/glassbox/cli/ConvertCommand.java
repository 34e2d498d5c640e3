package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.ocel.OcelCases;
import org.glassbox.io.ocel.OcelFormat;
import org.glassbox.io.ocel.OcelFormatException;
import org.glassbox.io.ocel.OcelMappingException;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.ocel.OcelWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox convert IN OUT [--force]}: a case (folder, .zip, .xlsx) or an OCEL 2.0 file to
 * OCEL 2.0 ({@code .jsonocel}, {@code .xmlocel}, {@code .sqlite}, by OUT's extension), or an OCEL
 * 2.0 file written from a case back to a case folder. A case goes through the lossless mapping of
 * case-format.md; an OCEL 2.0 log that is not a case (e.g. procure-to-pay) converts between the
 * OCEL 2.0 formats as an event log. An existing non-empty OUT is refused unless {@code --force};
 * everything is written under a temporary name beside OUT and moved into place, so a failure
 * leaves nothing half-written. Exit 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a case or an OCEL 2.0 log: CASE -> .jsonocel/.xmlocel/.sqlite,",
                "OCEL 2.0 -> another OCEL 2.0 format, or an OCEL 2.0 file written from a case -> a case folder."})
public final class ConvertCommand implements Callable<Integer> {

    /** The files a case folder consists of (case-format.md). */
    private static final List<String> CASE_FILES = List.of("case.yaml", "actors.csv", "ties.csv", "events.csv",
            "indicators.csv", "sources.csv", "codebook.yaml");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "a case folder, .zip or .xlsx, or an OCEL 2.0 file")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "a .jsonocel, .xmlocel or .sqlite file, or a folder for the case")
    Path out;

    @Option(names = "--force", description = "replace OUT when it exists and is not empty")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(in)) {
            err.println("glassbox convert: " + in + ": no such file or folder");
            return 1;
        }
        String outName = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (outName.endsWith(".zip") || outName.endsWith(".xlsx") || outName.endsWith(".xes") || outName.endsWith(".csv")) {
            err.println("glassbox convert: OUT must be a .jsonocel, .xmlocel or .sqlite file, or a folder");
            return 2;
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            err.println("glassbox convert: IN and OUT are the same; nothing is written over its own input");
            return 2;
        }
        if (!force && nonEmpty(out)) {
            err.println("glassbox convert: " + out + " exists and is not empty; use --force to replace it");
            return 1;
        }
        OcelFormat target = OcelFormat.of(out);
        if (target != null && Files.isDirectory(out)) {
            err.println("glassbox convert: " + out + " is a folder, not an OCEL 2.0 file");
            return 1;
        }
        try {
            List<String> warnings;
            String what;
            if (target != null) {
                if (OcelFormat.isOcel(in) && Files.isRegularFile(in)) {
                    try {
                        Case c = OcelCases.readCase(in);
                        warnings = OcelCases.writeCase(c, out);
                        what = describe(c);
                    } catch (OcelMappingException notACase) {
                        EventLog log = OcelReader.read(in);
                        warnings = new java.util.ArrayList<>(log.warnings());
                        warnings.addAll(OcelWriter.write(log, out));
                        what = String.format(java.util.Locale.ROOT, "event log: %,d events, %,d objects",
                                log.events().size(), log.events().objects().size());
                    }
                } else {
                    Case c = CaseReader.read(in);
                    warnings = OcelCases.writeCase(c, out);
                    what = describe(c);
                }
            } else {
                Case c = OcelFormat.isOcel(in) && Files.isRegularFile(in) ? OcelCases.readCase(in) : CaseReader.read(in);
                writeFolder(c);
                warnings = List.of();
                what = describe(c);
            }
            for (String w : warnings) {
                o.println("warning: " + w);
            }
            o.println("wrote " + out + " (" + what + ")");
            o.flush();
            return 0;
        } catch (CaseFormatException e) {
            for (Problem p : e.errors()) {
                err.println(p.format());
            }
            err.println("glassbox convert: " + in + " has " + e.errors().size() + " problem"
                    + (e.errors().size() == 1 ? "" : "s") + "; nothing was written");
            return 1;
        } catch (OcelFormatException e) {
            err.println("glassbox convert: " + e.getMessage());
            return 1;
        }
    }

    private static String describe(Case c) {
        return String.format(java.util.Locale.ROOT, "case %s: %,d actors, %,d ties, %,d events", c.id(),
                c.actors().size(), c.ties().size(), c.events().size());
    }

    private static boolean nonEmpty(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
                return d.iterator().hasNext();
            }
        }
        return Files.exists(p) && Files.size(p) > 0;
    }

    /** Writes the case folder beside OUT, then moves it (or, with --force, its files) into place. */
    private void writeFolder(Case c) throws IOException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            CaseWriter.writeFolder(c, tmp);
            if (!Files.exists(target)) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            // --force on an existing folder: replace the case's files, leave the user's other files alone
            for (String f : CASE_FILES) {
                Path written = tmp.resolve(f);
                if (Files.exists(written)) {
                    Files.move(written, target.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target.resolve(f));
                }
            }
        } finally {
            if (Files.exists(tmp)) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
