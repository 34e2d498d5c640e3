package org.glassbox.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document added to a case folder through the case reader and writer: text, original, row; or nothing. */
class CaseDocumentsTest {
    @TempDir
    Path tmp;
    Path caseDir;

    static Path example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("examples").resolve(name);
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return null;
    }

    @BeforeEach
    void copyProvinceA() throws Exception {
        Path src = example("province-a");
        assumeTrue(src != null, "examples/province-a not found; skipping");
        caseDir = Files.createDirectory(tmp.resolve("province-a"));
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, caseDir.resolve(f.getFileName()));
            }
        }
    }

    static Map<String, String> digest(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String what = Files.isRegularFile(p)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                        : "folder";
                m.put(dir.relativize(p).toString(), what);
            }
        }
        return m;
    }

    private static final String NOTICE = "<html><body><h1>关于数字政府建设的通知</h1><p>各市人民政府：</p>"
            + "<ul><li>一、统一平台</li></ul></body></html>";

    @Test
    void anHtmlDocumentGainsItsTextOriginalAndRowAndReadsBack() throws Exception {
        Path file = SampleDocuments.write(tmp, "关于 数字政府(2018).html", NOTICE);
        CaseDocuments.Added a = CaseDocuments.add(caseDir, file, new CaseDocuments.Request("s01", null, null, false));
        assertThat(a.id()).isEqualTo("关于-数字政府-2018");
        assertThat(a.textPath()).isEqualTo("documents/关于-数字政府-2018.txt");
        assertThat(a.originalPath()).isEqualTo("documents/关于-数字政府-2018.html");
        String text = "关于数字政府建设的通知\n\n各市人民政府：\n\n一、统一平台";
        assertThat(a.codePoints()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.languageGuessed()).isTrue();
        assertThat(Files.readString(caseDir.resolve(a.textPath()))).isEqualTo(text);
        assertThat(Files.readAllBytes(caseDir.resolve(a.originalPath()))).isEqualTo(Files.readAllBytes(file));

        Case c = Cases.read(caseDir);
        Document d = c.coding().document(a.id());
        assertThat(d).isNotNull();
        assertThat(d.source()).isEqualTo("s01");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.original()).isEqualTo(a.originalPath());
        assertThat(d.language()).isEqualTo("zh");
        assertThat(d.restricted()).isFalse();
        assertThat(c.events().size()).isEqualTo(Cases.read(example("province-a")).events().size());
    }

    @Test
    void aSecondDocumentOfTheSameNameGetsAUniqueIdAndTheFirstStays() throws Exception {
        Path file = SampleDocuments.write(tmp, "notice.html", NOTICE);
        CaseDocuments.add(caseDir, file, new CaseDocuments.Request("s01", null, null, false));
        CaseDocuments.Added second = CaseDocuments.add(caseDir, file, new CaseDocuments.Request("s02", null, "zh", true));
        assertThat(second.id()).isEqualTo("notice-2");
        assertThat(second.languageGuessed()).isFalse();
        Case c = Cases.read(caseDir);
        assertThat(c.coding().documents()).extracting(Document::id).containsExactly("notice", "notice-2");
        assertThat(c.coding().document("notice-2").restricted()).isTrue();
        assertThat(Files.exists(caseDir.resolve("documents/notice.html"))).isTrue();
        assertThat(Files.exists(caseDir.resolve("documents/notice-2.html"))).isTrue();
    }

    @Test
    void aUtf8TextFileIsItsOwnOriginalAndAGb18030OneKeepsItsBytes() throws Exception {
        Path utf8 = SampleDocuments.write(tmp, "memo.txt", "省大数据发展管理局成立。\n");
        CaseDocuments.Added a = CaseDocuments.add(caseDir, utf8, new CaseDocuments.Request("s02", "m1", null, false));
        assertThat(a.originalPath()).isNull();
        byte[] gb = "省大数据发展管理局成立。".getBytes(Charset.forName("GB18030"));
        Path gbFile = SampleDocuments.write(tmp, "memo-gb.txt", gb);
        CaseDocuments.Added b = CaseDocuments.add(caseDir, gbFile, new CaseDocuments.Request("s02", "m2", null, false));
        assertThat(b.originalPath()).isEqualTo("documents/m2.original.txt");
        assertThat(Files.readAllBytes(caseDir.resolve(b.originalPath()))).isEqualTo(gb);
        assertThat(Files.readString(caseDir.resolve(b.textPath()), StandardCharsets.UTF_8)).isEqualTo("省大数据发展管理局成立。");
        assertThat(b.notes()).anyMatch(n -> n.contains("GB18030"));
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheNearestAndNothingIsWritten() throws Exception {
        Map<String, String> before = digest(caseDir);
        Path file = SampleDocuments.write(tmp, "n.html", NOTICE);
        assertThatThrownBy(() -> CaseDocuments.add(caseDir, file, new CaseDocuments.Request("s1", null, null, false)))
                .isInstanceOfSatisfying(CaseDocumentException.class, e -> {
                    assertThat(e.column()).isEqualTo("source");
                    assertThat(e.value()).isEqualTo("s1");
                    assertThat(e.nearest()).contains("s01");
                    assertThat(e.getMessage()).contains("not a sources.csv id").contains("s01");
                });
        assertThat(digest(caseDir)).isEqualTo(before);
    }

    @Test
    void aBadDocumentATakenOrUnsafeIdAndABadLanguageLeaveTheCaseAsItWas() throws Exception {
        Path ok = SampleDocuments.write(tmp, "n.html", NOTICE);
        CaseDocuments.add(caseDir, ok, new CaseDocuments.Request("s01", "d1", null, false));
        Map<String, String> before = digest(caseDir);
        Path scan = SampleDocuments.write(tmp, "scan.pdf", SampleDocuments.pdfWithoutText(1));
        assertThatThrownBy(() -> CaseDocuments.add(caseDir, scan, new CaseDocuments.Request("s01", null, null, false)))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("no text layer");
        assertThatThrownBy(() -> CaseDocuments.add(caseDir, ok, new CaseDocuments.Request("s01", "D1", null, false)))
                .isInstanceOfSatisfying(CaseDocumentException.class, e -> assertThat(e.column()).isEqualTo("id"));
        assertThatThrownBy(() -> CaseDocuments.add(caseDir, ok, new CaseDocuments.Request("s01", "../x", null, false)))
                .isInstanceOfSatisfying(CaseDocumentException.class, e -> assertThat(e.getMessage()).contains("letters, digits"));
        assertThatThrownBy(() -> CaseDocuments.add(caseDir, ok, new CaseDocuments.Request("s01", null, "zh_CN!", false)))
                .isInstanceOfSatisfying(CaseDocumentException.class, e -> assertThat(e.column()).isEqualTo("language"));
        assertThat(digest(caseDir)).isEqualTo(before);
    }

    @Test
    void aZippedCaseIsRefusedWithTheWayAround() throws Exception {
        Path zip = tmp.resolve("case.zip");
        Cases.write(Cases.read(caseDir), zip, false);
        byte[] before = Files.readAllBytes(zip);
        Path file = SampleDocuments.write(tmp, "n.html", NOTICE);
        assertThatThrownBy(() -> CaseDocuments.add(zip, file, new CaseDocuments.Request("s01", null, null, false)))
                .isInstanceOfSatisfying(CaseDocumentException.class,
                        e -> assertThat(e.getMessage()).contains("case folder").contains("glassbox convert"));
        assertThat(Files.readAllBytes(zip)).isEqualTo(before);
    }

    @Test
    void safeIdsFromFileNames() {
        assertThat(CaseDocuments.safeId(Path.of("x/Minutes 2018-03 (final).PDF"))).isEqualTo("Minutes-2018-03-final");
        assertThat(CaseDocuments.safeId(Path.of("省政府令第1号.docx"))).isEqualTo("省政府令第1号");
        assertThat(CaseDocuments.safeId(Path.of("...pdf"))).isEqualTo("document");
        assertThat(CaseDocuments.safeId(Path.of("a".repeat(100) + ".txt"))).hasSize(64);
        assertThat(List.of("d_1", "x-y")).allSatisfy(s -> assertThat(CaseDocuments.safeId(Path.of(s + ".md"))).isEqualTo(s));
    }
}
