package org.glassbox.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index on its own: Chinese and Latin terms, code-point offsets, passages, visibility, persistence and rebuild. */
class DocumentIndexTest {
    static final BiPredicate<String, String> ALL = (c, d) -> true;
    static final String BUREAU = "2018年10月，浙江省成立省大数据发展管理局，统筹全省公共数据。\nThe Big Data Bureau coordinates e-government.";

    @TempDir
    Path tmp;

    static IndexedDocument doc(String project, String kase, String id, String text, IndexedPassage... passages) {
        return new IndexedDocument(project, kase, id, text, List.of(passages));
    }

    static int cp(String text, String part) {
        int ch = text.indexOf(part);
        assertThat(ch).as("'%s' in the text", part).isGreaterThanOrEqualTo(0);
        return text.codePointCount(0, ch);
    }

    @Test
    void chineseTermsFindTheBureau() {
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            ix.put(doc("p", "c1", "d1", BUREAU), 1);
            ix.put(doc("p", "c1", "d2", "市公安局发布通知。"), 1);

            List<SearchHit> hits = ix.search("p", "大数据", ALL, 10);
            assertThat(hits).hasSize(1);
            SearchHit h = hits.get(0);
            assertThat(h.kase()).isEqualTo("c1");
            assertThat(h.document()).isEqualTo("d1");
            assertThat(h.passage()).isNull();
            assertThat(h.start()).isEqualTo(cp(BUREAU, "大数据"));
            assertThat(h.end()).isEqualTo(h.start() + 3);
            assertThat(h.snippet()).contains("省大数据发展管理局");
            assertThat(BUREAU.substring(BUREAU.offsetByCodePoints(0, h.snippetStart())))
                    .startsWith(h.snippet().substring(0, 5));

            // two terms, both must match: the bureau's document only, with both terms marked
            List<SearchHit> both = ix.search("p", "数据 管理局", ALL, 10);
            assertThat(both).extracting(SearchHit::document).containsOnly("d1");
            assertThat(both.get(0).marks()).extracting(SearchHit.Span::start)
                    .contains(cp(BUREAU, "数据"), cp(BUREAU, "管理局"));
            assertThat(ix.search("p", "数据 公安局", ALL, 10)).isEmpty();
            // ideographic space separates terms too
            assertThat(ix.search("p", "数据\u3000管理局", ALL, 10)).extracting(SearchHit::document).containsOnly("d1");

            // a two-character term, in each document
            assertThat(ix.search("p", "管理", ALL, 10)).extracting(SearchHit::document).containsExactly("d1");
            assertThat(ix.search("p", "公安", ALL, 10)).extracting(SearchHit::document).containsExactly("d2");
            // characters that are not adjacent do not match as a term
            assertThat(ix.search("p", "大局", ALL, 10)).isEmpty();

            // one character: found through the unigram field, in both documents for 局
            assertThat(ix.search("p", "局", ALL, 10)).extracting(SearchHit::document).containsExactlyInAnyOrder("d1", "d2");
            assertThat(ix.search("p", "浙", ALL, 10)).extracting(SearchHit::document).containsExactly("d1");
            // a phrase in quotes is one term; a term does not run across punctuation
            assertThat(ix.search("p", "\"big data\"", ALL, 10)).extracting(SearchHit::document).containsExactly("d1");
            assertThat(ix.search("p", "\"data big\"", ALL, 10)).isEmpty();
            assertThat(ix.search("p", "数据The", ALL, 10)).isEmpty();
            assertThat(ix.search("p", "数据。", ALL, 10)).extracting(SearchHit::document).containsExactly("d1");
            assertThat(ix.search("p", "局据", ALL, 10)).isEmpty();
        }
    }

    @Test
    void latinWordsAreWholeAndLowerCased() {
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            ix.put(doc("p", "c1", "d1", BUREAU), 1);
            assertThat(ix.search("p", "DATA", ALL, 10)).extracting(SearchHit::document).containsExactly("d1");
            assertThat(ix.search("p", "bureau data", ALL, 10)).hasSize(1);
            assertThat(ix.search("p", "dat", ALL, 10)).isEmpty();
            assertThat(ix.search("p", "the", ALL, 10)).hasSize(1); // no stop words
            SearchHit g = ix.search("p", "e-government", ALL, 10).get(0);
            assertThat(g.start()).isEqualTo(cp(BUREAU, "e-government"));
            assertThat(g.end()).isEqualTo(g.start() + "e-government".length());
            // full-width Latin as typed by a Chinese input method
            assertThat(ix.search("p", "ＢＵＲＥＡＵ", ALL, 10)).hasSize(1);
            assertThatThrownBy(() -> ix.search("p", "  ，。 ", ALL, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("q:");
            assertThatThrownBy(() -> ix.search("p", "data", ALL, 0)).hasMessageStartingWith("limit:");
        }
    }

    @Test
    void offsetsCountCodePointsOutsideTheBasicPlane() {
        String text = "𠀀𠀀甲乙。省大数据发展管理局\n𠀁data";
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            ix.put(doc("p", "c", "d", text, new IndexedPassage("s1", 5, 14)), 3);
            SearchHit h = ix.search("p", "大数据", ALL, 10).stream().filter(x -> x.passage() == null).findFirst().orElseThrow();
            assertThat(h.start()).isEqualTo(6).isEqualTo(cp(text, "大数据"));
            assertThat(h.end()).isEqualTo(9);
            assertThat(h.snippetStart()).isZero();
            assertThat(h.snippet()).isEqualTo(text.replace('\n', ' '));
            SearchHit d = ix.search("p", "data", ALL, 10).get(0);
            assertThat(d.start()).isEqualTo(16);
            assertThat(d.end()).isEqualTo(20);
            // the passage 省大数据发展管理局 (code points 5..14) is a hit of its own
            SearchHit p = ix.search("p", "管理局", ALL, 10).stream().filter(x -> x.passage() != null).findFirst().orElseThrow();
            assertThat(p.passage()).isEqualTo("s1");
            assertThat(p.start()).isEqualTo(5);
            assertThat(p.end()).isEqualTo(14);
            assertThat(p.snippet()).isEqualTo("省大数据发展管理局");
            assertThat(p.marks()).containsExactly(new SearchHit.Span(11, 14));
            // 𠀀 is a Han character: it can be searched for
            assertThat(ix.search("p", "𠀀𠀀", ALL, 10)).extracting(SearchHit::start).containsExactly(0);
        }
    }

    @Test
    void hiddenDocumentsAndOtherProjectsAreNeverReturned() {
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            ix.put(doc("p", "c1", "open", "省大数据发展管理局", new IndexedPassage("s1", 0, 9)), 1);
            ix.put(doc("p", "c1", "secret", "大数据内部文件", new IndexedPassage("s2", 0, 3)), 1);
            ix.put(doc("q", "c1", "other", "大数据"), 1);
            List<SearchHit> all = ix.search("p", "大数据", ALL, 10);
            assertThat(all).extracting(SearchHit::document).containsOnly("open", "secret");
            assertThat(all).extracting(SearchHit::passage).contains("s1", "s2");
            List<SearchHit> some = ix.search("p", "大数据", (c, d) -> !d.equals("secret"), 10);
            assertThat(some).isNotEmpty().extracting(SearchHit::document).containsOnly("open");
            assertThat(ix.search("q", "大数据", ALL, 10)).extracting(SearchHit::document).containsExactly("other");
            assertThat(ix.search("p", "大数据", ALL, 1)).hasSize(1);
        }
    }

    @Test
    void writesReplaceAndRemove() {
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            ix.put(doc("p", "c", "d", "旧的文本", new IndexedPassage("s", 0, 2)), 1);
            ix.put(doc("p", "c", "d", "新的文本"), 2);
            assertThat(ix.search("p", "旧的", ALL, 10)).isEmpty();
            assertThat(ix.search("p", "新的", ALL, 10)).hasSize(1);
            assertThat(ix.indexedCases()).containsExactly(Map.entry(new DocumentIndex.CaseRef("p", "c"), 2L));
            ix.remove("p", "c", "d", 3);
            assertThat(ix.search("p", "文本", ALL, 10)).isEmpty();
            assertThat(ix.indexedCases()).containsEntry(new DocumentIndex.CaseRef("p", "c"), 3L);
            ix.putCase("p", "c", 4, List.of(doc("p", "c", "a", "文本甲"), doc("p", "c", "b", "文本乙")));
            assertThat(ix.search("p", "文本", ALL, 10)).extracting(SearchHit::document).containsExactlyInAnyOrder("a", "b");
            assertThatThrownBy(() -> ix.putCase("p", "c", 5, List.of(doc("p", "x", "a", "文本"))))
                    .hasMessageStartingWith("documents:");
            assertThat(ix.search("p", "文本", ALL, 10)).hasSize(2); // nothing written by the refused call
            ix.removeCase("p", "c");
            assertThat(ix.search("p", "文本", ALL, 10)).isEmpty();
            assertThat(ix.indexedCases()).isEmpty();
        }
        assertThatThrownBy(() -> doc("p", "c", "d", "短", new IndexedPassage("s", 0, 2))).hasMessageStartingWith("passages:");
    }

    @Test
    void theIndexPersistsAndIsBroughtUpToTheStore() throws Exception {
        Path folder = tmp.resolve("search-index");
        DocumentIndex.CaseRef a = new DocumentIndex.CaseRef("p", "a");
        DocumentIndex.CaseRef b = new DocumentIndex.CaseRef("p", "b");
        DocumentIndex.CaseRef gone = new DocumentIndex.CaseRef("p", "gone");
        try (DocumentIndex ix = DocumentIndex.open(folder)) {
            assertThat(ix.rebuilt()).isTrue();
            ix.put(doc("p", "a", "d", "大数据甲"), 5);
            ix.put(doc("p", "b", "d", "大数据乙"), 7);
            ix.put(doc("p", "gone", "d", "大数据丙"), 1);
        }
        List<DocumentIndex.CaseRef> loaded = new ArrayList<>();
        try (DocumentIndex ix = DocumentIndex.open(folder)) {
            assertThat(ix.rebuilt()).isFalse();
            assertThat(ix.search("p", "大数据", ALL, 10)).hasSize(3);
            // the store: a unchanged, b changed since (version 8, new text), gone deleted
            DocumentIndex.Sync s = ix.sync(Map.of(a, 5L, b, 8L), c -> {
                loaded.add(c);
                return List.of(doc(c.project(), c.kase(), "d", "大数据丁"));
            });
            assertThat(s).isEqualTo(new DocumentIndex.Sync(1, 1, 1, false));
            assertThat(loaded).containsExactly(b);
            assertThat(ix.search("p", "大数据", ALL, 10)).extracting(SearchHit::kase).containsExactlyInAnyOrder("a", "b");
            assertThat(ix.search("p", "丁", ALL, 10)).extracting(SearchHit::kase).containsExactly("b");
            assertThat(ix.indexedCases()).containsOnly(Map.entry(a, 5L), Map.entry(b, 8L));
            assertThat(ix.sync(Map.of(a, 5L, b, 8L), c -> List.of())).isEqualTo(new DocumentIndex.Sync(0, 0, 2, false));
            // a second server on the same folder is refused, naming it
            assertThatThrownBy(() -> DocumentIndex.open(folder)).isInstanceOf(SearchIndexException.class)
                    .hasMessageContaining(folder.toString()).hasMessageContaining("another process");
        }
        // an unreadable index (its segments file damaged) is replaced and rebuilt from the store
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(x -> x.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (DocumentIndex ix = DocumentIndex.open(folder)) {
            assertThat(ix.rebuilt()).isTrue();
            assertThat(ix.indexedCases()).isEmpty();
            DocumentIndex.Sync s = ix.sync(Map.of(a, 5L), c -> List.of(doc(c.project(), c.kase(), "d", "大数据甲")));
            assertThat(s).isEqualTo(new DocumentIndex.Sync(1, 0, 0, true));
            assertThat(ix.search("p", "大数据", ALL, 10)).extracting(SearchHit::kase).containsExactly("a");
        }
    }

    /**
     * Seeded property: in random texts over a small alphabet of Han characters (one outside the
     * BMP), Latin words and punctuation, a term that is any substring of CJK characters is found
     * exactly where a plain scan of the text finds it, in code points.
     */
    @Test
    void everyOccurrenceIsFoundWhereAScanFindsIt() {
        String[] alphabet = {"大", "数", "据", "局", "省", "𠀀", "。", " ", "ab ", "\n"};
        Random rnd = new Random(20261202L);
        try (DocumentIndex ix = DocumentIndex.open(null)) {
            for (int round = 0; round < 60; round++) {
                StringBuilder sb = new StringBuilder();
                int n = 20 + rnd.nextInt(120);
                for (int i = 0; i < n; i++) {
                    sb.append(alphabet[rnd.nextInt(alphabet.length)]);
                }
                String text = sb.toString();
                ix.put(doc("p", "c", "d", text), round);
                int[] cps = text.codePoints().toArray();
                int from = rnd.nextInt(cps.length);
                int len = 1 + rnd.nextInt(4);
                StringBuilder term = new StringBuilder();
                for (int i = from; i < cps.length && term.codePointCount(0, term.length()) < len; i++) {
                    if (!Character.isIdeographic(cps[i])) {
                        break;
                    }
                    term.appendCodePoint(cps[i]);
                }
                if (term.isEmpty()) {
                    continue;
                }
                List<SearchHit.Span> expected = new ArrayList<>();
                int tl = term.codePointCount(0, term.length());
                for (int at = text.indexOf(term.toString()); at >= 0; at = text.indexOf(term.toString(), at + 1)) {
                    int s = text.codePointCount(0, at);
                    expected.add(new SearchHit.Span(s, s + tl));
                }
                List<SearchHit.Span> found = ix.search("p", term.toString(), ALL, 1000).stream()
                        .flatMap(h -> h.marks().stream()).toList();
                assertThat(found).as("term %s in %s", term, text).containsExactlyElementsOf(expected);
            }
        }
    }
}
