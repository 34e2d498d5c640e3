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
import java.io.InputStream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Phase;

/**
 * Writes a case as one {@code .xlsx} workbook that {@link CaseReader} reads back to the same case
 * (case-format.md, "Workbook"): sheet {@code case} (key, value; period as {@code period.start} and
 * {@code period.end}), {@code phases} (id, name, start, end), and {@code actors}, {@code ties},
 * {@code events}, {@code indicators}, {@code sources} with the CSV columns as {@link CaseWriter}
 * writes them. Every cell is text, so partial dates keep their precision. A codebook that differs
 * from the defaults (or has codes) goes beside the workbook as {@code NAME.codebook.yaml}, where the reader looks.
 * Format 1.1: the case sheet gains {@code format = 1.1}, sheets {@code coders}, {@code objects},
 * {@code documents} and {@code segments} are added when the case has them, and each document's text
 * goes beside the workbook at its path ({@code documents/d01.txt}), since a cell cannot hold a document.
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
        String codebook = CodebookYaml.writeExtension(c.codebook(), c.coding().codes());
        if (codebook != null) {
            Files.writeString(cb, codebook, StandardCharsets.UTF_8);
            out.add(cb);
        }
        for (Document d : c.coding().documents()) {
            Path text = file.toAbsolutePath().resolveSibling(d.textPath());
            Files.createDirectories(text.getParent());
            Files.writeString(text, d.text(), StandardCharsets.UTF_8);
            out.add(text);
        }
        return out;
    }

    /** Writes the workbook of {@code c} (without its codebook and document texts) to {@code out}. */
    public static void write(Case c, OutputStream out) throws IOException {
        CaseRows tables = CaseRows.of(c);
        Map<String, List<String[]>> added = CaseWriter.isFormat11(c) ? tables11(c) : Map.of();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cs = wb.createSheet("case");
            int r = 0;
            row(cs, r++, List.of("key", "value"));
            Map<String, String> keys = new LinkedHashMap<>();
            if (CaseWriter.isFormat11(c)) {
                keys.put("format", "1.1");
            }
            keys.putAll(caseKeys(c.info()));
            for (Map.Entry<String, String> e : keys.entrySet()) {
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
            if (!c.coding().coders().isEmpty()) {
                Sheet coders = wb.createSheet("coders");
                row(coders, 0, List.of("id", "name"));
                int i = 1;
                for (Coder x : c.coding().coders()) {
                    row(coders, i++, java.util.Arrays.asList(x.id(), x.name()));
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
            for (Map.Entry<String, List<String[]>> e : added.entrySet()) {
                Sheet s = wb.createSheet(e.getKey());
                int i = 0;
                for (String[] cells : e.getValue()) {
                    row(s, i++, java.util.Arrays.asList(cells));
                }
            }
            wb.write(out);
        }
    }

    /** The format 1.1 tables of {@code c} (objects, documents, segments) as {@link CaseWriter} writes them, by sheet name. */
    private static Map<String, List<String[]>> tables11(Case c) throws IOException {
        Path dir = Files.createTempDirectory("glassbox-workbook");
        try {
            CaseWriter.writeFolder(c, dir);
            Map<String, List<String[]>> out = new LinkedHashMap<>();
            for (String name : CaseTables.FILES_1_1) {
                Path f = dir.resolve(name);
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                try (InputStream in = Files.newInputStream(f)) {
                    CsvParser p = new CsvParser(in, (line, column, message, found, expected) -> {
                        throw new IllegalStateException("reading back " + name + ": " + message);
                    });
                    while (p.next()) {
                        rows.add(p.row());
                    }
                } catch (CsvException e) {
                    throw new IllegalStateException("reading back " + name + ": " + e.getMessage(), e);
                }
                out.put(name.substring(0, name.length() - ".csv".length()), rows);
            }
            return out;
        } finally {
            try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
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
