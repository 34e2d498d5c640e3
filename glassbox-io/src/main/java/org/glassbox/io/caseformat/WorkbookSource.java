package org.glassbox.io.caseformat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Precision;

/**
 * A case as one .xlsx workbook (case-format.md, "Workbook"): sheets {@code case} (key, value;
 * {@code period.start} / {@code period.end}), {@code phases} (optional), {@code actors},
 * {@code ties}, {@code events}, {@code indicators}, {@code sources}; the codebook as
 * {@code NAME.codebook.yaml} beside the workbook or (format 1.1) as sheet {@code codebook.yaml}, one YAML
 * line per row in column A (both at once is an error). Format 1.1 adds sheets {@code coders} (id, name:
 * case.yaml's {@code coders}), {@code objects}, {@code documents} and {@code segments}; a document's
 * {@code text} (and {@code original}) is a path under {@code documents/} <em>beside the workbook</em>
 * (a cell holds at most 32,767 characters, too few for a document). Sheet names match regardless of case ({@code Events}
 * is events). Cells may hold text, numbers or dates (a date cell is a day-precise date unless its
 * number format shows only month and year, or only the year: format 1.1); formulas are read as their cached values (noted per sheet).
 *
 * <p>Opened read-only (the file is never written) with POI's zip-bomb limits left on; a workbook
 * that links to other workbooks or to external data connections is refused.
 */
final class WorkbookSource implements CaseSource {
    private static final Map<String, String> SHEETS = Map.of(
            CaseTables.CASE, "case", CaseTables.ACTORS, "actors", CaseTables.TIES, "ties", CaseTables.EVENTS, "events",
            CaseTables.INDICATORS, "indicators", CaseTables.SOURCES, "sources", CaseTables.OBJECTS, "objects",
            CaseTables.DOCUMENTS, "documents", CaseTables.SEGMENTS, "segments");
    /** Format 1.1: the codebook may travel inside the workbook as this sheet, one line of YAML per row in column A. */
    static final String CODEBOOK_SHEET = "codebook.yaml";
    private static final List<String> KNOWN_SHEETS = List.of("case", "phases", "coders", "actors", "ties", "events",
            "indicators", "sources", "objects", "documents", "segments", CODEBOOK_SHEET);

    private final Path path;
    private final String file;
    private final OPCPackage pkg;
    private final XSSFWorkbook wb;
    private final Path codebook;
    private final Map<String, int[]> formulas = new LinkedHashMap<>();

    private WorkbookSource(Path path, OPCPackage pkg, XSSFWorkbook wb) {
        this.path = path;
        this.file = path.toString();
        this.pkg = pkg;
        this.wb = wb;
        String n = path.getFileName().toString();
        this.codebook = path.resolveSibling(n.substring(0, n.length() - ".xlsx".length()) + ".codebook.yaml");
    }

    static Case load(Path path, ProblemLog log) {
        OPCPackage pkg;
        XSSFWorkbook wb;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            log.error(Pos.of(path.toString()), null, null, "an .xlsx workbook", "not a readable workbook: " + message(e));
            return null;
        }
        try {
            wb = new XSSFWorkbook(pkg);
        } catch (Exception | LinkageError e) {
            pkg.revert();
            log.error(Pos.of(path.toString()), null, null, "an .xlsx workbook", "not a readable workbook: " + message(e));
            return null;
        }
        try (WorkbookSource s = new WorkbookSource(path, pkg, wb)) {
            if (!s.check(log)) {
                return null;
            }
            Case c = CaseLoader.load(s, log);
            s.formulaNotes(log);
            return c;
        } catch (RuntimeException e) {
            // POI reports damaged parts lazily, as unchecked exceptions: a problem, not a crash
            log.error(Pos.of(path.toString()), null, null, "an .xlsx workbook", "not a readable workbook: " + message(e));
            return null;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Refuses external links and data connections; notes unknown sheets. */
    private boolean check(ProblemLog log) {
        boolean ok = true;
        if (!wb.getExternalLinksTable().isEmpty()) {
            String target = wb.getExternalLinksTable().get(0).getLinkedFileName();
            log.error(Pos.of(file), null, target, "a self-contained workbook (paste the linked values in)",
                    "refused: the workbook links to " + wb.getExternalLinksTable().size() + " external workbook(s)");
            ok = false;
        }
        if (!pkg.getPartsByContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml")
                .isEmpty()) {
            log.error(Pos.of(file), null, "data connections", "a self-contained workbook",
                    "refused: the workbook has external data connections");
            ok = false;
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String n = wb.getSheetName(i);
            // POI finds sheets by name regardless of case (as Excel does), so "Events" is read as events
            if (KNOWN_SHEETS.stream().noneMatch(n::equalsIgnoreCase)) {
                log.note(new Pos(file, 0, 0, n + "!A1"), null, "a sheet that is not part of the case format; ignored"
                        + Suggestions.hint(n, KNOWN_SHEETS));
            }
        }
        return ok;
    }

    private void formulaNotes(ProblemLog log) {
        formulas.forEach((sheet, n) -> log.note(new Pos(file, 0, 0, sheet + "!A1"), null,
                n[0] + " formula cell(s) read as their cached values"));
    }

    @Override
    public String display(String name) {
        if (name.equals(CaseTables.CODEBOOK)) {
            return wb.getSheet(CODEBOOK_SHEET) != null ? file + "!" + CODEBOOK_SHEET : codebook.toString();
        }
        return file;
    }

    @Override
    public byte[] document(String path, long max) throws IOException {
        return DocumentFiles.read(folder(), path, max);
    }

    @Override
    public String displayDocument(String path) {
        return folder().resolve(path).toString();
    }

    /** The folder the workbook is in: its documents/ are the case's. */
    private Path folder() {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    @Override
    public String kind(String name) {
        return SHEETS.containsKey(name) ? "sheet" : "file";
    }

    @Override
    public String logicalName(String name) {
        String sheet = SHEETS.get(name);
        if (sheet == null) {
            return codebook.getFileName().toString();
        }
        Sheet s = wb.getSheet(sheet);
        return s == null ? sheet : s.getSheetName();
    }

    @Override
    public boolean has(String name) {
        if (name.equals(CaseTables.CODEBOOK)) {
            return Files.isRegularFile(codebook) || wb.getSheet(CODEBOOK_SHEET) != null;
        }
        String sheet = SHEETS.get(name);
        return sheet != null && wb.getSheet(sheet) != null;
    }

    @Override
    public YamlNode caseInfo(ProblemLog log) {
        Sheet s = wb.getSheet("case");
        Map<String, YamlNode> m = new LinkedHashMap<>();
        Map<String, YamlNode> period = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = Math.max(0, s.getFirstRowNum()); r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            Pos kp = pos(s, r, 0);
            String key = text(row.getCell(0), kp, log).strip();
            if (key.isEmpty() || (r == s.getFirstRowNum() && key.equals("key"))) {
                continue;
            }
            Pos vp = pos(s, r, 1);
            String v = text(row.getCell(1), vp, log);
            YamlNode node = new YamlNode(v.isEmpty() ? null : v, vp);
            if (seen.containsKey(key)) {
                log.error(kp, key, key, "each key once (first in row " + seen.get(key) + ")", "a duplicate key");
                continue;
            }
            seen.put(key, r + 1);
            if (key.equals("period.start") || key.equals("period.end")) {
                period.put(key.substring("period.".length()), node);
                m.putIfAbsent("period", new YamlNode(period, kp));
            } else {
                m.put(key, node);
            }
        }
        Sheet ph = wb.getSheet("phases");
        if (ph != null) {
            List<YamlNode> list = new ArrayList<>();
            try (SheetTable t = new SheetTable(file, ph, log)) {
                while (t.next()) {
                    Map<String, YamlNode> p = new LinkedHashMap<>();
                    for (int c = 0; c < t.header().size(); c++) {
                        String v = t.get(c);
                        if (!t.header().get(c).isEmpty()) {
                            p.put(t.header().get(c), new YamlNode(v.isEmpty() ? null : v, t.pos(c)));
                        }
                    }
                    list.add(new YamlNode(p, t.pos(0)));
                }
                m.put("phases", new YamlNode(list, t.headerPos(0)));
            }
        }
        Sheet cs = wb.getSheet("coders");
        if (cs != null) {
            m.put("coders", rowsAsList(cs, log));
        }
        return new YamlNode(m, pos(s, 0, 0));
    }

    /** The rows of a sheet as a YAML list of mappings keyed by the header (as case.yaml's phases and coders). */
    private YamlNode rowsAsList(Sheet sheet, ProblemLog log) {
        List<YamlNode> list = new ArrayList<>();
        try (SheetTable t = new SheetTable(file, sheet, log)) {
            while (t.next()) {
                Map<String, YamlNode> p = new LinkedHashMap<>();
                for (int c = 0; c < t.header().size(); c++) {
                    String v = t.get(c);
                    if (!t.header().get(c).isEmpty()) {
                        p.put(t.header().get(c), new YamlNode(v.isEmpty() ? null : v, t.pos(c)));
                    }
                }
                list.add(new YamlNode(p, t.pos(0)));
            }
            return new YamlNode(list, t.headerPos(0));
        }
    }

    private Pos pos(Sheet s, int r, int c) {
        return new Pos(file, r + 1, c + 1, s.getSheetName() + "!" + CellReference.convertNumToColString(c) + (r + 1));
    }

    @Override
    public YamlNode codebook(ProblemLog log) {
        Sheet sheet = wb.getSheet(CODEBOOK_SHEET);
        if (sheet != null) {
            if (Files.isRegularFile(codebook)) {
                log.error(new Pos(file, 0, 0, sheet.getSheetName() + "!A1"), null, codebook.toString(),
                        "the codebook in one place: the sheet or the file beside the workbook",
                        "the workbook has a codebook sheet and a codebook file beside it");
                return null;
            }
            // row r is line r + 1 of the YAML, so the parser's lines are the sheet's rows
            StringBuilder yaml = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    yaml.append(text(row.getCell(0), pos(sheet, r, 0), log));
                }
                yaml.append('\n');
            }
            return YamlTree.parse(yaml.toString(), file + "!" + sheet.getSheetName(), log);
        }
        try {
            return YamlTree.read(Files.newInputStream(codebook), codebook.toString(), log);
        } catch (IOException e) {
            log.error(Pos.of(codebook.toString()), null, null, null, "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    @Override
    public Table table(String name, ProblemLog log) {
        String sheet = SHEETS.get(name);
        Sheet s = sheet == null ? null : wb.getSheet(sheet);
        if (s == null) {
            return null;
        }
        countFormulas(s);
        return new SheetTable(file, s, log);
    }

    private void countFormulas(Sheet s) {
        int n = 0;
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    n++;
                }
            }
        }
        if (n > 0) {
            formulas.put(s.getSheetName(), new int[] {n});
        }
    }

    /**
     * A cell as the case format's text: strings as they are, integral numbers without ".0", date
     * cells as day-precise ISO dates, formulas by their cached value. A formula whose cached value
     * is an error, or an error cell, is logged (when {@code at} is given) and read as empty.
     */
    static String text(Cell cell, Pos at, ProblemLog log) {
        if (cell == null) {
            return "";
        }
        CellType t = cell.getCellType();
        if (t == CellType.FORMULA) {
            t = cell.getCachedFormulaResultType();
        }
        switch (t) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
                    return switch (precision(cell.getCellStyle().getDataFormatString())) {
                        case YEAR -> String.format("%04d", d.getYear());
                        case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
                        default -> d.toString();
                    };
                }
                return CaseWriter.number(cell.getNumericCellValue());
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case ERROR:
                if (log != null && at != null) {
                    log.error(at, null, cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : "an error value",
                            "a value", "a cell whose value is an error");
                }
                return "";
            default:
                return "";
        }
    }

    /**
     * The precision a date cell's number format shows (format 1.1, "Workbook"): the day when the
     * format shows a day or a time, the month when it shows a month (and no day), else the year.
     * Quoted literals ({@code "年"}), escaped characters ({@code \\-}) and bracketed parts
     * ({@code [$-804]}, colours) are not format letters.
     */
    static Precision precision(String format) {
        if (format == null) {
            return Precision.DAY;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                int close = format.indexOf('"', i + 1);
                i = close < 0 ? format.length() : close;
            } else if (c == '[') {
                int close = format.indexOf(']', i + 1);
                i = close < 0 ? format.length() : close;
            } else if (c == '\\') {
                i++;
            } else {
                letters.append(Character.toLowerCase(c));
            }
        }
        String f = letters.toString();
        if (f.indexOf('d') >= 0 || f.indexOf('h') >= 0 || f.indexOf('s') >= 0) {
            return Precision.DAY;
        }
        if (f.indexOf('m') >= 0) {
            return Precision.MONTH;
        }
        return f.indexOf('y') >= 0 ? Precision.YEAR : Precision.DAY;
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
