package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glassbox.report.browser.HeadlessChromium;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding in the browser (issue 14 item 3), in Debian's Chromium against the real server: log in, upload
 * a .txt of Chinese text (with 𠀀, a character outside the BMP, before the passage), select a passage,
 * code it and link it to an event, create an event from a second passage, see both listed with the
 * offsets in code points the API stores, search 大数据 and retrieve by code — in English and in Chinese.
 * Screenshots: {@code docs/img/coding-en.png}, {@code coding-zh.png} with {@code -Dglassbox.screenshots=docs/img}.
 */
class CodingBrowserTest {
    static final String PW = "correct horse battery";
    static final Duration WAIT = WebUiBrowserTest.WAIT;
    static final String TEXT = "𠀀𠀀县级试点说明\n2019年3月，省大数据发展管理局成立，统筹全省公共数据共享。\n县大数据中心负责数据对接。\n";
    static final String CASE = "county-c-coded";
    @TempDir
    static Path dir;
    static Workspace ws;
    static WorkspaceServer server;
    static Http api;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium not found at " + HeadlessChromium.DEFAULT_BINARY
                + "; skipping the coding browser tests (CI installs Debian's chromium)");
        ws = Workspace.embedded(dir.resolve("ws"));
        User admin = ws.accounts().add("admin", PW.toCharArray(), true);
        for (String p : List.of("code-en", "code-zh")) {
            ws.projects().create(p, p, "admin");
            ws.cases().importCase(p, org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve(CASE)), "admin");
        }
        server = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, "test").withSearchIndex(dir.resolve("index")));
        api = new Http(server.url()).token(ws.accounts().newToken(admin));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void codingInEnglish() throws Exception {
        journey("en", "code-en");
    }

    @Test
    void codingInChinese() throws Exception {
        journey("zh", "code-zh");
    }

    static int cp(String part) {
        int at = TEXT.indexOf(part);
        assertThat(at).isGreaterThanOrEqualTo(0);
        return TEXT.codePointCount(0, at);
    }

    void journey(String lang, String p) throws Exception {
        Path txt = Files.writeString(Files.createDirectories(dir.resolve("files-" + lang)).resolve("pilot-notes.txt"), TEXT,
                StandardCharsets.UTF_8);
        String base = "/api/projects/" + p + "/cases/" + CASE;
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(URI.create(server.url()), "window.__glassboxUi && window.__glassboxUi.ready && document.getElementById('login')", WAIT);
            if (lang.equals("zh")) {
                b.click("#lang");
                WebUiBrowserTest.waitFor(b, "document.getElementById('login-submit').textContent === '登录'");
            }
            b.click("#login-user");
            b.type("admin");
            b.click("#login-password");
            b.type(PW);
            b.press("Enter", false);
            WebUiBrowserTest.waitFor(b, "document.getElementById('new-project')");

            // the case's Documents tab: upload a .txt with its source
            b.evaluate("location.hash = '#/p/" + p + "/c/" + CASE + "/documents'");
            WebUiBrowserTest.waitFor(b, "document.getElementById('doc-upload')");
            assertThat(WebUiBrowserTest.text(b, "button[data-tab=documents]")).isEqualTo(lang.equals("zh") ? "文档" : "Documents");
            int before = Api.JSON.readTree(api.get(base + "/documents").body()).size();
            b.chooseFiles("#doc-file", txt);
            b.evaluate("(() => { const s = document.getElementById('doc-source'); s.value = 's2'; s.dispatchEvent(new Event('change')); })()");
            b.click("#doc-submit");
            WebUiBrowserTest.waitFor(b, "document.querySelector('#doc-text') && document.querySelector('#doc-text').textContent.length > 10");
            JsonNode docs = Api.JSON.readTree(api.get(base + "/documents").body());
            assertThat(docs.size()).isEqualTo(before + 1);
            String doc = docs.get(docs.size() - 1).path("id").asText();
            assertThat(docs.get(docs.size() - 1).path("source").asText()).isEqualTo("s2");
            String stored = Api.JSON.readTree(api.get(base + "/documents/" + doc).body()).path("content").asText();
            assertThat(stored).isEqualTo(TEXT);
            assertThat(WebUiBrowserTest.text(b, "#doc-text")).isEqualTo(TEXT);

            // a memo on the whole document, kept in documents.csv's extra column memo
            b.click("#document-memo");
            b.type("访谈记录，待核实");
            b.click("#document-memo-save");
            WebUiBrowserTest.waitFor(b, "window.__glassboxCoding.documentMemos === 1");
            long until = System.nanoTime() + 30_000_000_000L;
            while (!Api.JSON.readTree(api.get(base + "/documents/" + doc).body()).path("memo").asText().equals("访谈记录，待核实")
                    && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(Api.JSON.readTree(api.get(base + "/documents/" + doc).body()).path("memo").asText()).isEqualTo("访谈记录，待核实");
            assertThat(Api.JSON.readTree(api.get(base + "/documents/" + doc).body()).path("content").asText()).isEqualTo(TEXT);

            // select 省大数据发展管理局 as a person would (a DOM range over the rendered text, then the mouse is let go)
            String passage = "省大数据发展管理局";
            select(b, TEXT.indexOf(passage), TEXT.indexOf(passage) + passage.length());
            WebUiBrowserTest.waitFor(b, "document.getElementById('selection')");
            assertThat(b.evaluate("+document.getElementById('selection').dataset.start").asInt()).isEqualTo(cp(passage))
                    .isEqualTo(TEXT.indexOf(passage) - 2); // the two 𠀀 are one code point each, two UTF-16 units each
            assertThat(b.evaluate("+document.getElementById('selection').dataset.end").asInt()).isEqualTo(cp(passage) + 9);
            assertThat(WebUiBrowserTest.text(b, "#selection-quote")).isEqualTo(passage);
            // link it to event e09 and code it (a code under a parent, from the codebook's hierarchy), with a memo
            b.evaluate("(() => { const k = document.getElementById('link-kind'); k.value = 'event'; k.dispatchEvent(new Event('change')); })()");
            b.evaluate("(() => { const s = document.getElementById('link-target'); s.value = 'e09'; s.dispatchEvent(new Event('change')); })()");
            assertThat(b.evaluate("[...document.querySelectorAll('#passage-codes label')].find(l => l.textContent.includes('model-adaptation')).dataset.depth")
                    .asText()).isEqualTo("1");
            b.click("#passage-codes input[data-code=coordination]");
            b.click("#passage-memo");
            b.type("省级机构 — memo");
            b.click("#passage-save");
            WebUiBrowserTest.waitFor(b, "document.querySelector('#passage-table tr[data-segment] td.quote') && "
                    + "[...document.querySelectorAll('#passage-table td.quote')].some(td => td.textContent === '" + passage + "')");
            JsonNode seg = segment(base, doc, cp(passage));
            assertThat(seg.path("end").asInt()).isEqualTo(cp(passage) + 9);
            assertThat(seg.path("quote").asText()).isEqualTo(passage);
            assertThat(WebUiBrowserTest.field(seg, "links")).isEqualTo("event:e09");
            assertThat(WebUiBrowserTest.field(seg, "codes")).isEqualTo("coordination");
            assertThat(seg.path("memo").asText()).isEqualTo("省级机构 — memo");
            assertThat(seg.path("coder").asText()).isEqualTo("admin");

            // a second passage: create the event from it (date read from the text, type and initiator from lists)
            String second = "县大数据中心负责数据对接";
            select(b, TEXT.indexOf(second), TEXT.indexOf(second) + second.length());
            WebUiBrowserTest.waitFor(b, "document.getElementById('selection') && +document.getElementById('selection').dataset.start === " + cp(second));
            b.click("#event-from-passage");
            WebUiBrowserTest.waitFor(b, "document.getElementById('event-create')");
            assertThat(b.evaluate("document.getElementById('event-initiator').value").asText())
                    .as("the actor named in the passage (县大数据中心) is the initiator offered").isEqualTo("dc");
            assertThat(b.evaluate("[...document.getElementById('event-type').options].length").asInt()).isGreaterThan(3);
            b.evaluate("document.getElementById('event-date').value = '2019-04'");
            b.evaluate("(() => { const s = document.getElementById('event-type'); s.value = [...s.options].some(o => o.value === 'data-sharing')"
                    + " ? 'data-sharing' : s.options[0].value; })()");
            int events = Api.JSON.readTree(api.get(base + "/events?limit=10000").body()).size();
            b.click("#event-create");
            WebUiBrowserTest.waitFor(b, "[...document.querySelectorAll('#passage-table td.quote')].some(td => td.textContent === '" + second + "')");
            JsonNode all = Api.JSON.readTree(api.get(base + "/events?limit=10000").body());
            assertThat(all.size()).isEqualTo(events + 1);
            JsonNode ev = all.get(all.size() - 1);
            assertThat(ev.path("date").asText()).isEqualTo("2019-04");
            assertThat(WebUiBrowserTest.field(ev, "initiator")).isEqualTo("dc");
            JsonNode seg2 = segment(base, doc, cp(second));
            assertThat(WebUiBrowserTest.field(seg2, "links")).isEqualTo("event:" + ev.path("id").asText());
            // both passages are listed, and marked in the text
            assertThat(b.evaluate("document.querySelectorAll('#passage-table tbody tr').length").asInt()).isEqualTo(2);
            assertThat(b.evaluate("[...document.querySelectorAll('#doc-text .coded')].map(s => s.textContent).join('')").asText())
                    .isEqualTo(passage + second);
            b.screenshot(WebUiBrowserTest.shots().resolve("coding-" + lang + ".png"), 1400, 1100);

            // full-text search on the project's page: 大数据 finds the new document (and the example's), offsets in code points
            b.evaluate("location.hash = '#/p/" + p + "'");
            WebUiBrowserTest.waitFor(b, "document.getElementById('doc-search')");
            b.click("#doc-search");
            b.type("大数据");
            b.click("#doc-search-submit");
            WebUiBrowserTest.waitFor(b, "document.querySelector('#doc-hit-list li')");
            JsonNode hits = b.evaluate("[...document.querySelectorAll('#doc-hit-list li')].map(l => [l.dataset.document, l.dataset.segment || '',"
                    + " +l.dataset.start, l.querySelector('mark') ? l.querySelector('mark').textContent : ''])");
            // in the text (at 大数据's code point), in the passage coded from it (its own range), and in the example's documents
            assertThat(hits.toString()).contains("[\"" + doc + "\",\"\"," + cp("大数据") + ",\"大数据\"]")
                    .contains("[\"" + doc + "\",\"" + seg.path("id").asText() + "\"," + cp(passage) + ",\"大数据\"]");
            JsonNode route = Api.JSON.readTree(api.get("/api/projects/" + p + "/search?q=" + java.net.URLEncoder.encode("数据 管理局",
                    StandardCharsets.UTF_8)).body());
            assertThat(route.findValuesAsText("document")).contains(doc);
            // a hit opens the document with the hit's range selected (the matches near each other are one hit)
            String hit = "#doc-hit-list li[data-document='" + doc + "']:not([data-segment])";
            int hs = b.evaluate("+document.querySelector(\"" + hit + "\").dataset.start").asInt();
            int he = b.evaluate("+document.querySelector(\"" + hit + "\").dataset.end").asInt();
            b.click(hit + " a");
            WebUiBrowserTest.waitFor(b, "document.getElementById('doc-text') && document.getElementById('selection')");
            int[] points = TEXT.codePoints().toArray();
            assertThat(WebUiBrowserTest.text(b, "#selection-quote")).isEqualTo(new String(points, hs, he - hs)).startsWith("大数据");

            // retrieval by code across the project: the passage coded coordination, with its context
            b.evaluate("location.hash = '#/p/" + p + "'");
            WebUiBrowserTest.waitFor(b, "document.querySelector('#retrieve-code option[value=coordination]')");
            b.evaluate("document.getElementById('retrieve-code').value = 'coordination'");
            b.click("#retrieve-submit");
            WebUiBrowserTest.waitFor(b, "document.querySelector('#retrieved-list li[data-segment=\"" + seg.path("id").asText() + "\"]')");
            assertThat(WebUiBrowserTest.text(b, "#retrieved-list li[data-segment=\"" + seg.path("id").asText() + "\"] .snippet"))
                    .contains("2019年3月，" + passage + "成立");

            assertThat(b.requests().stream().filter(u -> !u.startsWith(server.url()) && !u.startsWith("data:") && !u.equals("about:blank")))
                    .as("no request leaves the server").isEmpty();
            assertThat(WebUiBrowserTest.unexpected(b.consoleErrors())).isEmpty();
        }
    }

    /** The stored passage of {@code doc} that starts at code point {@code start}. */
    static JsonNode segment(String base, String doc, int start) throws Exception {
        for (JsonNode s : Api.JSON.readTree(api.get(base + "/segments?limit=10000").body())) {
            if (s.path("document").asText().equals(doc) && s.path("start").asInt() == start) {
                return s;
            }
        }
        throw new AssertionError("no passage of " + doc + " starts at " + start);
    }

    /**
     * Selects UTF-16 range [from, to) of the rendered text as a mouse drag leaves it: a DOM selection over the
     * text nodes, then mouseup on the text.
     */
    static void select(HeadlessChromium b, int from, int to) throws Exception {
        b.evaluate("(() => { const root = document.getElementById('doc-text');"
                + " const at = n => { let left = n; for (const piece of root.children) { const t = piece.firstChild;"
                + "   if (left <= t.data.length) return [t, left]; left -= t.data.length; } return null; };"
                + " const a = at(" + from + "), z = at(" + to + "); const s = window.getSelection();"
                + " s.setBaseAndExtent(a[0], a[1], z[0], z[1]);"
                + " root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); return true; })()");
    }
}
