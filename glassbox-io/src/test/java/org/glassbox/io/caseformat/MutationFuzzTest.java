package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random-mutation fuzzing (until a coverage-guided fuzzer runs in CI): random bytes and
 * mutations of a valid case must give a Case or a CaseFormatException whose problems carry their
 * positions, never another exception.
 */
class MutationFuzzTest {
    @TempDir
    Path tmp;

    private static final byte[] INTERESTING = ",;:\"\r\n \t\u00ff\u0000\u00e9#-/\\".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] mutate(byte[] in, Random r) {
        List<Byte> b = new ArrayList<>(in.length + 16);
        for (byte x : in) {
            b.add(x);
        }
        int n = 1 + r.nextInt(6);
        for (int k = 0; k < n; k++) {
            int pos = b.isEmpty() ? 0 : r.nextInt(b.size());
            switch (r.nextInt(7)) {
                case 0 -> { // flip a byte
                    if (!b.isEmpty()) {
                        b.set(pos, (byte) r.nextInt(256));
                    }
                }
                case 1 -> b.add(pos, INTERESTING[r.nextInt(INTERESTING.length)]);
                case 2 -> { // delete a range
                    int len = Math.min(b.size() - pos, 1 + r.nextInt(20));
                    for (int i = 0; i < len; i++) {
                        b.remove(pos);
                    }
                }
                case 3 -> { // duplicate a range (duplicate ids, rows)
                    int len = Math.min(b.size() - pos, 1 + r.nextInt(80));
                    List<Byte> copy = new ArrayList<>(b.subList(pos, pos + len));
                    b.addAll(r.nextInt(b.size() + 1), copy);
                }
                case 4 -> { // truncate
                    while (b.size() > pos) {
                        b.remove(b.size() - 1);
                    }
                }
                case 5 -> { // multi-byte UTF-8 (Chinese) or a broken sequence
                    byte[] zh = (r.nextBoolean() ? "政府" : "\u00e9").getBytes(StandardCharsets.UTF_8);
                    int len = r.nextBoolean() ? zh.length : 1 + r.nextInt(zh.length);
                    for (int i = 0; i < len; i++) {
                        b.add(Math.min(pos + i, b.size()), zh[i]);
                    }
                }
                default -> b.add(pos, (byte) r.nextInt(256));
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static void checkOutcome(Path input, String dir) {
        try {
            Case c = Cases.read(input);
            assertThat(c).isNotNull();
        } catch (CaseFormatException e) {
            assertThat(e.errors()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.file()).startsWith(dir);
                assertThat(p.message()).isNotBlank();
                if (p.field() != null && p.file().endsWith(".csv")) {
                    assertThat(p.line()).as("%s", p).isPositive();
                }
            }
        } catch (Throwable t) {
            fail("input " + input + " raised " + t, t);
        }
    }

    @Test
    void mutatedCaseFoldersGiveACaseOrPositionedProblems() throws Exception {
        Random r = new Random(20261128L);
        List<String> names = new ArrayList<>(Fixtures.files().keySet());
        for (int i = 0; i < 200; i++) {
            Map<String, String> files = Fixtures.files();
            Path dir = Fixtures.write(tmp.resolve("f" + i), files);
            int touched = 1 + r.nextInt(2);
            for (int k = 0; k < touched; k++) {
                String name = names.get(r.nextInt(names.size()));
                Path f = dir.resolve(name);
                Files.write(f, mutate(Files.readAllBytes(f), r));
            }
            checkOutcome(dir, dir.toString());
        }
    }

    @Test
    void mutatedZipsGiveACaseOrPositionedProblems() throws Exception {
        Random r = new Random(99);
        for (int i = 0; i < 60; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> e : Fixtures.files().entrySet()) {
                    z.putNextEntry(new ZipEntry((i % 2 == 0 ? "" : "case/") + e.getKey()));
                    byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                    z.write(r.nextInt(4) == 0 ? mutate(content, r) : content);
                    z.closeEntry();
                }
            }
            byte[] zip = bytes.toByteArray();
            if (r.nextBoolean()) {
                zip = mutate(zip, r);
            }
            Path f = tmp.resolve("z" + i + ".zip");
            Files.write(f, zip);
            checkOutcome(f, f.toString());
        }
    }

    @Test
    void randomBytesThroughTheCsvParserNeverThrowAnythingElse() throws Exception {
        Random r = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] in = new byte[r.nextInt(400)];
            for (int k = 0; k < in.length; k++) {
                in[k] = r.nextInt(3) == 0 ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) (32 + r.nextInt(90));
            }
            ProblemLog log = new ProblemLog();
            int rows = 0;
            try (CsvTable t = new CsvTable("x.csv", new ByteArrayInputStream(in), log)) {
                while (t.next()) {
                    rows++;
                    assertThat(t.line()).isPositive();
                    for (int c = 0; c < t.header().size(); c++) {
                        assertThat(t.get(c)).isNotNull();
                    }
                }
            }
            for (Problem p : log.problems()) {
                assertThat(p.file()).isEqualTo("x.csv");
                assertThat(p.line()).isGreaterThanOrEqualTo(0);
            }
            assertThat(rows).isGreaterThanOrEqualTo(0);
        }
    }
}
