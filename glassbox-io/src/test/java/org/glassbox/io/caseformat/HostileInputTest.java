package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips (good and hostile) and oversized CSV input: refused with a message, never an OutOfMemoryError. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private static Path zip(Path file, Map<String, byte[]> entries) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> caseEntries(String prefix) {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        Fixtures.files().forEach((k, v) -> m.put(prefix + k, v.getBytes(StandardCharsets.UTF_8)));
        return m;
    }

    @Test
    void zipWithFilesAtTheRootReadsLikeTheFolder() throws Exception {
        Case folder = Cases.read(Fixtures.write(tmp.resolve("c")));
        Case zipped = Cases.read(zip(tmp.resolve("c.zip"), caseEntries("")));
        CaseAssert.assertSameCase(zipped, folder);
    }

    @Test
    void zipWithOneTopLevelFolderReadsLikeTheFolder() throws Exception {
        Case folder = Cases.read(Fixtures.write(tmp.resolve("c")));
        Map<String, byte[]> m = caseEntries("city-x/");
        m.put("city-x/README.txt", "notes".getBytes(StandardCharsets.UTF_8));
        Path z = zip(tmp.resolve("c.zip"), m);
        CaseAssert.assertSameCase(Cases.read(z), folder);
        assertThat(Fixtures.otherNotes(Cases.validate(z))).singleElement()
                .satisfies(p -> assertThat(p.file()).endsWith("c.zip!/city-x/README.txt"));
    }

    @Test
    void zipProblemsNameTheEntry() throws Exception {
        Map<String, byte[]> m = caseEntries("city-x/");
        m.put("city-x/ties.csv", "from,to,type\ngov,tax,friendship\n".getBytes(StandardCharsets.UTF_8));
        Path z = zip(tmp.resolve("c.zip"), m);
        assertThat(Cases.validate(z).errors()).singleElement()
                .satisfies(p -> assertThat(p.format()).contains("c.zip!/city-x/ties.csv:2:3: an unknown tie type"));
    }

    @Test
    void zipBombIsRefusedWhileStreaming() throws Exception {
        Map<String, byte[]> m = caseEntries("");
        // a header, then 64 MiB of blank lines (skipped without problems), deflating more than 100-fold
        byte[] big = new byte[64 << 20];
        java.util.Arrays.fill(big, (byte) '\n');
        byte[] header = "id,date,type\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, big, 0, header.length);
        m.put("events.csv", big);
        Path z = zip(tmp.resolve("bomb.zip"), m);
        assertThat(Files.size(z)).isLessThan(2 << 20);
        List<Problem> e = Cases.validate(z).errors();
        assertThat(e).anySatisfy(p -> assertThat(p.message()).contains("zip bomb").contains("events.csv"));
    }

    @Test
    void zipTotalSizeIsCapped() throws Exception {
        ZipGuard g = new ZipGuard(1000, 1L << 30);
        InputStream in = g.guard(new ByteArrayInputStream(new byte[2000]), "x", 2000);
        assertThatThrownBy(() -> in.readAllBytes()).isInstanceOf(ZipGuard.Refused.class).hasMessageContaining("expands to more than");
    }

    @Test
    void zipEntryEscapingItsFolderIsRefused() throws Exception {
        Map<String, byte[]> m = caseEntries("");
        m.put("../../evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        Path z = zip(tmp.resolve("slip.zip"), m);
        List<Problem> e = Cases.validate(z).errors();
        assertThat(e).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("escaping");
            assertThat(p.found()).isEqualTo("../../evil.csv");
        });
        assertThat(tmp.getParent().resolve("evil.csv")).doesNotExist();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("/etc/passwd")).isTrue();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("C:\\x")).isTrue();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("a/b..c/d.csv")).isFalse();
    }

    @Test
    void symlinkInZipIsRefused() throws Exception {
        Path z = tmp.resolve("link.zip");
        try (OutputStream os = Files.newOutputStream(z); ZipArchiveOutputStream zo = new ZipArchiveOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : caseEntries("").entrySet()) {
                zo.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("codebook.yaml");
            link.setUnixMode(0120777);
            zo.putArchiveEntry(link);
            zo.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zo.closeArchiveEntry();
        }
        assertThat(Cases.validate(z).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("symbolic link"));
    }

    @Test
    void tooManyZipEntriesAreRefused() throws Exception {
        Path z = tmp.resolve("many.zip");
        try (ZipOutputStream zo = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(z)))) {
            for (int i = 0; i <= ZipGuard.MAX_ENTRIES; i++) {
                zo.putNextEntry(new ZipEntry("f" + i));
                zo.closeEntry();
            }
        }
        assertThat(Cases.validate(z).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("too many entries"));
    }

    @Test
    void notAZipIsAProblem() throws Exception {
        Path z = tmp.resolve("junk.zip");
        Files.writeString(z, "not a zip at all");
        assertThat(Cases.validate(z).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a readable zip"));
    }

    /** An endless stream of one byte, as a 1 GB (or longer) line without the gigabyte. */
    private static InputStream endless(byte b) {
        return new InputStream() {
            @Override
            public int read() {
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, b);
                return len;
            }
        };
    }

    private static InputStream concat(String head, InputStream tail) {
        return new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), tail);
    }

    @Test
    void gigabyteLineIsRefusedAtTheFieldLimit() {
        ProblemLog log = new ProblemLog();
        try (CsvTable t = new CsvTable("events.csv", concat("id,date,type\ne1,2019,", endless((byte) 'a')), log)) {
            while (t.next()) {
                // reads until refused
            }
        }
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("longer than 1 MiB");
        });
    }

    @Test
    void gigabyteQuotedFieldIsRefusedAtTheFieldLimit() {
        ProblemLog log = new ProblemLog();
        try (CsvTable t = new CsvTable("events.csv", concat("id,date,type\ne1,\"", endless((byte) '\n')), log)) {
            while (t.next()) {
                // reads until refused
            }
        }
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("longer than 1 MiB");
        });
    }

    @Test
    void millionColumnsAreRefused() {
        ProblemLog log = new ProblemLog();
        try (CsvTable t = new CsvTable("actors.csv", endless((byte) ','), log)) {
            while (t.next()) {
                // header alone passes the limit
            }
        }
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("more than 10000 columns");
        });
    }

    @Test
    void millionColumnsInACaseFileAreRefused() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        StringBuilder sb = new StringBuilder("id,name,sector");
        sb.append(",x".repeat(1_000_000)).append('\n');
        Files.writeString(d.resolve("sources.csv"), sb);
        assertThat(Cases.validate(d).errors()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("sources.csv");
            assertThat(p.message()).contains("columns");
        });
    }

    @Test
    void longRowOfManyMediumFieldsIsRefused() {
        ProblemLog log = new ProblemLog();
        String field = "b".repeat(900_000) + ",";
        InputStream many = new InputStream() {
            final byte[] chunk = field.getBytes(StandardCharsets.UTF_8);
            int pos;

            @Override
            public int read() {
                int b = chunk[pos];
                pos = (pos + 1) % chunk.length;
                return b;
            }
        };
        try (CsvTable t = new CsvTable("x.csv", concat("a\n", many), log)) {
            while (t.next()) {
                // until refused
            }
        }
        assertThat(log.problems()).anySatisfy(p -> assertThat(p.message()).contains("a row longer than"));
    }
}
