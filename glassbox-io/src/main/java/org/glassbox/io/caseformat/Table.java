package org.glassbox.io.caseformat;

import java.util.List;

/**
 * One table of a case (a CSV file or a workbook sheet), read row by row. Problems of the table's
 * own syntax go to the {@link ProblemLog} it was opened with; rows are never held beyond the
 * current one.
 */
interface Table extends AutoCloseable {
    /** The name problems carry (a file, or the workbook). */
    String file();

    /** Column names of the header row, trimmed; empty when the table has no header. */
    List<String> header();

    /** Position of header column {@code col} (0-based). */
    Pos headerPos(int col);

    /** Advances to the next data row; false at the end (or when the table cannot be read on). */
    boolean next();

    /** The current row's line (CSV: the physical line where it starts; sheet: the row number). */
    int line();

    /** Field {@code col} (0-based) of the current row, "" when the row is shorter. */
    String get(int col);

    /** Position of field {@code col} (0-based) of the current row. */
    Pos pos(int col);

    /** True when the table could not be read to its end (a fatal problem was logged). */
    boolean failed();

    @Override
    void close();
}
