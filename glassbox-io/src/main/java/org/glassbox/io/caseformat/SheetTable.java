package org.glassbox.io.caseformat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * One workbook sheet as a {@link Table}: the first non-empty row is the header; blank rows are
 * skipped; positions are the row number, the column number and the cell ({@code events!C12}).
 */
final class SheetTable implements Table {
    private final String file;
    private final Sheet sheet;
    private final ProblemLog log;
    private final List<String> header = new ArrayList<>();
    private final String[] values;
    private int headerRow = -1;
    private int rowIndex;
    private final int last;
    private int width;
    private boolean failed;

    SheetTable(String file, Sheet sheet, ProblemLog log) {
        this.file = file;
        this.sheet = sheet;
        this.log = log;
        this.last = sheet.getLastRowNum();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            headerRow = r;
            if (row.getLastCellNum() > CsvParser.MAX_COLUMNS) {
                log.fatal(pos(r, CsvParser.MAX_COLUMNS), null, "at most " + CsvParser.MAX_COLUMNS + " columns",
                        "a sheet with more than " + CsvParser.MAX_COLUMNS + " columns; refusing to read it");
                failed = true;
                break;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                header.add(WorkbookSource.text(row.getCell(c), pos(r, c), log).strip());
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
        }
        if (headerRow < 0 && !failed) {
            log.error(new Pos(file, 0, 0, sheet.getSheetName() + "!A1"), null, null, "a header row naming the columns",
                    "the sheet is empty");
        }
        values = new String[header.size()];
        rowIndex = headerRow < 0 || failed ? last + 1 : headerRow;
    }

    private boolean blank(Row row) {
        for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && !WorkbookSource.text(cell, null, null).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Pos pos(int r, int c) {
        return new Pos(file, r + 1, c + 1, sheet.getSheetName() + "!" + CellReference.convertNumToColString(c) + (r + 1));
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Pos headerPos(int col) {
        return pos(Math.max(0, headerRow), col);
    }

    @Override
    public boolean next() {
        while (++rowIndex <= last) {
            Row row = sheet.getRow(rowIndex);
            if (row == null || blank(row)) {
                continue;
            }
            width = values.length;
            for (int c = 0; c < values.length; c++) {
                values[c] = WorkbookSource.text(row.getCell(c), pos(rowIndex, c), log);
            }
            for (int c = values.length; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && !WorkbookSource.text(cell, null, null).isBlank()) {
                    log.error(pos(rowIndex, c), null, WorkbookSource.text(cell, null, null), "values only under named columns",
                            "a value outside the header's columns");
                    break;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public int line() {
        return rowIndex + 1;
    }

    @Override
    public String get(int col) {
        return col < width ? values[col] : "";
    }

    @Override
    public Pos pos(int col) {
        return pos(rowIndex, col);
    }

    @Override
    public boolean failed() {
        return failed;
    }

    @Override
    public void close() {
        // the workbook is closed by its source
    }
}
