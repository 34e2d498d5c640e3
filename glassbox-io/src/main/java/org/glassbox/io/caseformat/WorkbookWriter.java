package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Phase;

/**
 * Writes a case as one {@code .xlsx} workbook that {@link CaseReader} reads back to the same case
 * (case-format.md, "Workbook"): sheet {@code case} (key, value; period as {@code period.start} and
 * {@code period.end}), {@code phases} (id, name, start, end), and {@code actors}, {@code ties},
 * {@code events}, {@code indicators}, {@code sources} with the CSV columns as {@link CaseWriter}
 * writes them. Every cell is text, so partial dates keep their precision. A codebook that differs
 * from the defaults goes beside the workbook as {@code NAME.codebook.yaml}, where the reader looks.
 */
public final class WorkbookWriter {
    private WorkbookWriter() {
    }

    /** Writes {@code c} to {@code file}; returns the files written (the workbook, and the codebook when it has one). */
    public static List<Path> write(Case c, Path file) throws IOException {
        String n = file.getFileName().toString();
        if (!n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("file: a .xlsx file name, not " + n);
        }
        List<Path> out = new ArrayList<>();
        try (OutputStream os = Files.newOutputStream(file)) {
            write(c, os);
        }
        out.add(file);
        Path cb = file.resolveSibling(n.substring(0, n.length() - ".xlsx".length()) + ".codebook.yaml");
        if (!c.codebook().equals(Codebook.defaults())) {
            Files.writeString(cb, CodebookYaml.writeExtension(c.codebook()), StandardCharsets.UTF_8);
            out.add(cb);
        }
        return out;
    }

    /** Writes the workbook of {@code c} (without its codebook) to {@code out}. */
    public static void write(Case c, OutputStream out) throws IOException {
        CaseRows tables = CaseRows.of(c);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cs = wb.createSheet("case");
            int r = 0;
            row(cs, r++, List.of("key", "value"));
            for (Map.Entry<String, String> e : caseKeys(c.info()).entrySet()) {
                row(cs, r++, java.util.Arrays.asList(e.getKey(), e.getValue()));
            }
            if (!c.info().phases().isEmpty()) {
                Sheet ps = wb.createSheet("phases");
                boolean zh = c.info().phases().stream().anyMatch(p -> p.nameZh() != null);
                row(ps, 0, zh ? List.of("id", "name", "name_zh", "start", "end") : List.of("id", "name", "start", "end"));
                int i = 1;
                for (Phase p : c.info().phases()) {
                    row(ps, i++, zh ? java.util.Arrays.asList(p.id(), p.name(), p.nameZh(), p.start().toString(), p.end().toString())
                            : java.util.Arrays.asList(p.id(), p.name(), p.start().toString(), p.end().toString()));
                }
            }
            for (String t : List.of("actors", "ties", "events", "indicators", "sources")) {
                Sheet s = wb.createSheet(t);
                List<String> header = tables.header(t);
                row(s, 0, header);
                int i = 1;
                for (Map<String, String> values : tables.rows(t)) {
                    List<String> cells = new ArrayList<>(header.size());
                    for (String h : header) {
                        cells.add(values.get(h));
                    }
                    row(s, i++, cells);
                }
            }
            wb.write(out);
        }
    }

    private static Map<String, String> caseKeys(CaseInfo info) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", info.name());
        m.put("name_zh", info.nameZh());
        m.put("level", info.level());
        m.put("parent", info.parent());
        m.put("period.start", info.periodStart() == null ? null : info.periodStart().toString());
        m.put("period.end", info.periodEnd() == null ? null : info.periodEnd().toString());
        m.put("description", info.description());
        info.extra().forEach(m::putIfAbsent);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static void row(Sheet s, int index, List<String> cells) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v != null && !v.isEmpty()) {
                row.createCell(i).setCellValue(v);
            }
        }
    }
}
