package org.glassbox.io.caseformat;

/**
 * Where a case's files come from (a folder, a zip, a workbook): each of the format's files by its
 * name ({@code case.yaml}, {@code actors.csv}, …) as a YAML tree or a table.
 */
interface CaseSource extends AutoCloseable {
    /** The name problems about file {@code name} carry. */
    String display(String name);

    /** What holds file {@code name} here: "file", or "sheet" in a workbook. */
    default String kind(String name) {
        return "file";
    }

    /** How the user knows file {@code name} here (its file name, or its sheet's name). */
    default String logicalName(String name) {
        return name;
    }

    /** Whether the case has file {@code name}. */
    boolean has(String name);

    /** case.yaml as a tree; null when absent or unreadable (logged). */
    YamlNode caseInfo(ProblemLog log);

    /** codebook.yaml as a tree; null when absent or unreadable (logged). */
    YamlNode codebook(ProblemLog log);

    /** A CSV file (or sheet) as a table; null when absent. */
    Table table(String name, ProblemLog log);

    /** How problems name document file {@code path} (a path under {@code documents/}, already checked). */
    default String displayDocument(String path) {
        return display(path);
    }

    /**
     * The bytes of document file {@code path} (format 1.1: a path under {@code documents/}, already
     * checked not to escape it), at most {@code max}; null when the case has no such file.
     *
     * @throws DocumentFiles.TooLarge when the file holds more than {@code max} bytes
     * @throws IOException            when it cannot be read (or is a link out of the case)
     */
    byte[] document(String path, long max) throws java.io.IOException;

    @Override
    void close();
}
