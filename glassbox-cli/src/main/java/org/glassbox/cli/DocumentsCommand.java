package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.documents.CaseDocuments;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox documents add}: a source document imported into a case folder (case format 1.1) — its
 * text, its original, its documents.csv row — by {@link CaseDocuments}. What the library refuses (a file that
 * is no readable document, an unknown source, a taken id) is bad input, exit 1 through {@link Failures}.
 */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Manage a case's source documents (documents.csv and documents/).",
        subcommands = {DocumentsCommand.Add.class})
public final class DocumentsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The values {@code --access} takes. */
    enum Access { open, restricted }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Imports FILE (.txt, .md, .html, .pdf, .docx) into the case folder CASE: writes its text"
                    + " as documents/ID.txt (UTF-8, NFC, LF; offsets count its code points), keeps the original"
                    + " as documents/ID.EXT and adds the documents.csv row. Nothing is written when anything fails."})
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CASE", description = "the case folder")
        Path casePath;
        @Parameters(index = "1", paramLabel = "FILE", description = "the document to import")
        Path file;
        @Option(names = "--source", required = true, paramLabel = "ID",
                description = "the sources.csv id of the record this document is")
        String source;
        @Option(names = "--id", paramLabel = "D",
                description = "the document's id (default: the file's base name made safe and unique)")
        String id;
        @Option(names = "--language", paramLabel = "TAG",
                description = "BCP 47 language tag, e.g. zh (default: guessed from the text's script)")
        String language;
        @Option(names = "--access", paramLabel = "open|restricted", defaultValue = "open",
                description = "who may see it: open (default) or restricted (owners and assigned coders)")
        Access access;

        @Override
        public Integer call() throws IOException, CaseFormatException {
            CaseDocuments.Added a = CaseDocuments.add(casePath, file,
                    new CaseDocuments.Request(source, id, language, access == Access.restricted));
            PrintWriter out = spec.commandLine().getOut();
            out.println("added document " + a.id() + " to " + casePath + ": " + a.codePoints() + " characters (code points)"
                    + (a.pages() > 0 ? ", " + a.pages() + " page" + (a.pages() == 1 ? "" : "s") : "")
                    + ", " + a.format().extension());
            out.println("  text      " + a.textPath());
            out.println("  original  " + (a.originalPath() == null ? "(the text file is the original)" : a.originalPath()));
            out.println("  language  " + (a.language() == null ? "(not guessed; set it with --language)"
                    : a.language() + (a.languageGuessed() ? " (guessed from the text)" : "")));
            out.println("  source    " + source + ", access " + access);
            for (String note : a.notes()) {
                out.println("  note: " + note);
            }
            out.flush();
            return Failures.OK;
        }
    }
}
