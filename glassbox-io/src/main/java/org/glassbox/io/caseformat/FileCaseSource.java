package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** A case whose files are byte streams by name (a folder or a zip). */
abstract class FileCaseSource implements CaseSource {

    /** The format's files present, by name. */
    abstract Set<String> names();

    /** Opens file {@code name} (one of {@link #names()}). */
    abstract InputStream open(String name) throws IOException;

    @Override
    public boolean has(String name) {
        return names().contains(name);
    }

    @Override
    public YamlNode caseInfo(ProblemLog log) {
        return yaml(CaseTables.CASE, log);
    }

    @Override
    public YamlNode codebook(ProblemLog log) {
        return yaml(CaseTables.CODEBOOK, log);
    }

    private YamlNode yaml(String name, ProblemLog log) {
        if (!has(name)) {
            return null;
        }
        try {
            return YamlTree.read(open(name), display(name), log);
        } catch (IOException e) {
            log.error(Pos.of(display(name)), null, null, null, "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    @Override
    public Table table(String name, ProblemLog log) {
        if (!has(name)) {
            return null;
        }
        try {
            return new CsvTable(display(name), open(name), log);
        } catch (IOException e) {
            log.error(Pos.of(display(name)), null, null, null, "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    /** Names the file when it is one of the format's, with a hint when only its case differs. */
    static String hintFor(String fileName) {
        for (String f : CaseTables.FILES) {
            if (f.equalsIgnoreCase(fileName)) {
                return "; did you mean " + f + "? (names are case-sensitive)";
            }
        }
        return "";
    }
}
