package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox documents add}: what it writes and prints, and its refusals with exit 1 and nothing written. */
class DocumentsCommandTest {
    @TempDir
    Path tmp;
    Path caseDir;

    @BeforeEach
    void copyProvinceA() throws Exception {
        Path src = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && src == null; d = d.getParent()) {
            Path c = d.resolve("examples").resolve("province-a");
            src = Files.isDirectory(c) ? c : null;
        }
        assumeTrue(src != null, "examples/province-a not found; skipping");
        caseDir = Files.createDirectory(tmp.resolve("province-a"));
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, caseDir.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void addsAChineseDocumentAndSaysWhatItDid() throws Exception {
        Path notice = tmp.resolve("通知.html");
        Files.writeString(notice, "<html><head><script>x()</script></head><body><h1>关于数字政府建设的通知</h1>"
                + "<p>各市人民政府：现将有关事项通知如下。</p></body></html>");
        CapturedCli cli = new CapturedCli();
        int code = cli.run("documents", "add", caseDir.toString(), notice.toString(), "--source", "s01");
        assertThat(code).as(cli.err()).isZero();
        String text = "关于数字政府建设的通知\n\n各市人民政府：现将有关事项通知如下。";
        assertThat(cli.out()).startsWith("added document 通知 to " + caseDir + ": "
                        + text.codePointCount(0, text.length()) + " characters (code points), html\n")
                .contains("  text      documents/通知.txt\n")
                .contains("  original  documents/通知.html\n")
                .contains("  language  zh (guessed from the text)\n")
                .contains("  source    s01, access open\n");
        assertThat(Files.readString(caseDir.resolve("documents/通知.txt"))).isEqualTo(text);
        Case c = Cases.read(caseDir);
        assertThat(c.coding().document("通知").text()).isEqualTo(text);

        int again = cli.run("documents", "add", caseDir.toString(), notice.toString(), "--source", "s02",
                "--id", "n2", "--language", "zh-Hans", "--access", "restricted");
        assertThat(again).as(cli.err()).isZero();
        Case c2 = Cases.read(caseDir);
        assertThat(c2.coding().document("n2").restricted()).isTrue();
        assertThat(c2.coding().document("n2").language()).isEqualTo("zh-Hans");
    }

    @Test
    void aGb18030TextAndAPdfPrintTheirNotesAndPages() throws Exception {
        Path gb = tmp.resolve("memo.txt");
        Files.write(gb, "省大数据发展管理局成立。".getBytes(Charset.forName("GB18030")));
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("documents", "add", caseDir.toString(), gb.toString(), "--source", "s02")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("12 characters (code points), txt\n")
                .contains("  original  documents/memo.original.txt\n")
                .contains("  note: decoded as GB18030");
    }

    @Test
    void anUnknownSourceIsExit1NamingTheNearestIdsAndWritesNothing() throws Exception {
        Path notice = tmp.resolve("n.md");
        Files.writeString(notice, "# 通知\n");
        List<String> before = files(caseDir);
        CapturedCli cli = new CapturedCli();
        int code = cli.run("documents", "add", caseDir.toString(), notice.toString(), "--source", "s1");
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).startsWith("glassbox documents add: " + caseDir + ": documents.csv source 's1': not a sources.csv id;")
                .contains("s01");
        assertThat(cli.out()).isEmpty();
        assertThat(files(caseDir)).isEqualTo(before);
    }

    @Test
    void aDocumentThatCannotBeReadIsExit1NamingTheFileAndWritesNothing() throws Exception {
        Path latin1 = tmp.resolve("fr.txt");
        Files.write(latin1, "Le café".getBytes(StandardCharsets.ISO_8859_1));
        Path rtf = tmp.resolve("x.rtf");
        Files.writeString(rtf, "{\\rtf1}");
        List<String> before = files(caseDir);
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("documents", "add", caseDir.toString(), latin1.toString(), "--source", "s01")).isEqualTo(1);
        assertThat(cli.err()).contains("glassbox documents add: " + latin1 + ", byte 6: not UTF-8");
        assertThat(cli.run("documents", "add", caseDir.toString(), rtf.toString(), "--source", "s01")).isEqualTo(1);
        assertThat(cli.err()).contains(rtf + ": not a document format that is read; the supported ones are .txt");
        assertThat(files(caseDir)).isEqualTo(before);
    }

    @Test
    void aMissingSourceOptionOrABadAccessIsUsage() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("documents", "add", caseDir.toString(), "x.txt")).isEqualTo(2);
        assertThat(cli.err()).contains("--source");
        assertThat(cli.run("documents", "add", caseDir.toString(), "x.txt", "--source", "s01", "--access", "secret")).isEqualTo(2);
        assertThat(cli.err()).contains("open, restricted");
    }
}
