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

    @Override
    void close();
}
