package org.glassbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.Cases;
import org.glassbox.io.EventLogs;
import org.glassbox.io.FileFormat;
import org.glassbox.io.UnknownFormatException;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.interchange.OcelToCase;
import org.glassbox.io.ocel.OcelMappingException;
import org.glassbox.io.qdpx.Qdpx;
import org.glassbox.io.qdpx.QdpxImport;

/**
 * The one converter, for cases and event logs alike, by the names' formats ({@link FileFormat}): a case in
 * any of its forms to any other (folder, {@code .zip}, {@code .qdpx}, OCEL 2.0), an event log in any format to any other
 * (XES, CSV, OCEL 2.0). An OCEL 2.0 input is read as the case it was written from when it follows the
 * mapping, else as an event log. Nothing is written over its own input, nor over a non-empty output unless
 * asked; a failure leaves nothing half-written (the facades write beside the target and move into place).
 */
public final class Conversion {
    private Conversion() {
    }

    /**
     * What was converted.
     *
     * @param what     the thing written, in words ("case a: 3 actors, …" or "event log: …")
     * @param warnings what the target format could not hold
     */
    public record Result(String what, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Converts {@code in} into {@code out}.
     *
     * @param replace whether a non-empty {@code out} may be replaced
     * @throws NoSuchFileException     when {@code in} does not exist
     * @throws UnknownFormatException  when a name has no known format, or IN and OUT are the same, or the
     *                                 conversion asks an event log to become a case
     * @throws CaseFormatException     with every problem, when the input case is not valid
     * @throws IOException             with its position, when the input cannot be read or the output written
     */
    public static Result convert(Path in, Path out, boolean replace) throws IOException, CaseFormatException {
        if (!Files.exists(in)) {
            throw new NoSuchFileException(in.toString(), null, "no such file or folder");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UnknownFormatException(out, "IN and OUT are the same; nothing is written over its own input");
        }
        FileFormat from = FileFormat.ofInput(in);
        FileFormat to = FileFormat.ofOutput(out);
        if (from == null) {
            throw new UnknownFormatException(in, in + ": no format has the extension of this name (expected "
                    + FileFormat.knownExtensions() + ", or a case folder)");
        }
        if (to == FileFormat.CASE_WORKBOOK && from.holdsCase() && !from.holdsLog()) {
            Cases.requireWritten(to, out); // refused before the input is read
        }
        if (to.holdsCase()) {
            if (from.ocel() != null) {
                try {
                    Case c = OcelToCase.read(in, from.ocel());
                    return new Result(describe(c), Cases.write(c, out, replace));
                } catch (OcelMappingException notACase) {
                    if (to.ocel() == null) {
                        throw notACase;
                    }
                    return log(in, out, replace);
                }
            }
            if (from == FileFormat.QDPX) {
                QdpxImport imp = Qdpx.read(in);
                List<String> warnings = new ArrayList<>();
                imp.notes().forEach(p -> warnings.add(p.format()));
                Cases.stillToCode(in, imp.kase()).forEach(p -> warnings.add("still to code: " + p.message()));
                warnings.addAll(Cases.write(imp.kase(), out, replace));
                return new Result(describe(imp.kase()), warnings);
            }
            if (from.holdsCase()) {
                Case c = Cases.read(in);
                return new Result(describe(c), Cases.write(c, out, replace));
            }
            if (to.ocel() == null) {
                throw new UnknownFormatException(out, in + " is an event log, not a case: it converts to another log"
                        + " format (" + FileFormat.LOGS_WRITTEN + "), not to a case " + to.label());
            }
            return log(in, out, replace);
        }
        if (!from.holdsLog()) {
            throw new UnknownFormatException(out, in + " is a case; a case converts to "
                    + FileFormat.CASES_WRITTEN + ", not to " + to.label());
        }
        return log(in, out, replace);
    }

    private static Result log(Path in, Path out, boolean replace) throws IOException {
        EventLog log = EventLogs.read(in);
        List<String> warnings = new ArrayList<>(log.warnings());
        warnings.addAll(EventLogs.write(log, out, replace));
        return new Result(String.format(Locale.ROOT, "event log: %,d events, %,d objects", log.events().size(),
                log.events().objects().size()), warnings);
    }

    private static String describe(Case c) {
        return String.format(Locale.ROOT, "case %s: %,d actors, %,d ties, %,d events", c.id(), c.actors().size(),
                c.ties().size(), c.events().size());
    }
}
