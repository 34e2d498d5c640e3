package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glassbox.report.browser.HeadlessChromium;
import org.glassbox.store.StoredRow;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI as a person uses it, in Debian's Chromium against the real server on an embedded store:
 * log in, create a project, import a case (and a broken one), edit cells and see the report change,
 * meet a conflict, revert from the history, export and re-import — in English and in Chinese — and
 * stored XSS rendered inert. Screenshots go to {@code target/ui/} (and to {@code docs/img/} with
 * {@code -Dglassbox.screenshots=docs/img}).
 */
class WebUiBrowserTest {
    static final String PW = "correct horse battery";
    static final Duration WAIT = Duration.ofSeconds(90);
    @TempDir
    static Path dir;
    static Workspace ws;
    static WorkspaceServer server;
    static Http api;
    static byte[] caseZip;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium not found at " + HeadlessChromium.DEFAULT_BINARY
                + "; skipping the web UI browser tests (CI installs Debian's chromium)");
        try (Workspace scratch = Workspace.embedded(dir.resolve("scratch"))) {
            scratch.accounts().add("test", PW.toCharArray(), false);
            scratch.projects().create("s", "S", "test");
            scratch.cases().importCase("s", org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve("province-a")), "test");
            caseZip = scratch.cases().snapshot("s", "province-a").tables().zip("province-a");
        }
        ws = Workspace.embedded(dir.resolve("ws"));
        User admin = ws.accounts().add("admin", PW.toCharArray(), true);
        server = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, "test"));
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

    static Path shots() {
        String d = System.getProperty("glassbox.screenshots");
        return d == null || d.isBlank() ? Path.of("target", "ui") : Path.of("..").resolve(d);
    }

    @Test
    void englishJourney() throws Exception {
        journey("en", "team-en");
    }

    @Test
    void chineseJourney() throws Exception {
        journey("zh", "team-zh");
    }

    /** The whole journey of one person in one language; {@code p} is the project they create. */
    void journey(String lang, String p) throws Exception {
        Path files = Files.createDirectories(dir.resolve("files-" + lang));
        Path good = Files.write(files.resolve("province-a.zip"), caseZip);
        Path broken = Files.write(files.resolve("broken.zip"), breakDate(caseZip));
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(URI.create(server.url()), "window.__glassboxUi && window.__glassboxUi.ready && document.getElementById('login')", WAIT);
            if (lang.equals("zh")) {
                b.click("#lang");
                waitFor(b, "document.getElementById('login-submit').textContent === '登录'");
                assertThat(text(b, "#lang")).isEqualTo("English");
            } else {
                assertThat(text(b, "#login-submit")).isEqualTo("Log in");
            }
            // a wrong password first, then the right one
            b.click("#login-user");
            b.type("admin");
            b.click("#login-password");
            b.type("wrong");
            b.press("Enter", false);
            waitFor(b, "document.getElementById('login-error').textContent.length > 0");
            assertThat(text(b, "#login-error")).isEqualTo(lang.equals("zh") ? "用户名或密码错误。" : "Wrong user or password.");
            b.evaluate("document.getElementById('login-password').value = ''");
            b.click("#login-password");
            b.type(PW);
            b.press("Enter", false);
            waitFor(b, "document.getElementById('new-project')");
            assertThat(text(b, "#logout")).isEqualTo(lang.equals("zh") ? "退出" : "Log out");

            // create a project
            b.click("#project-id");
            b.type(p);
            b.click("#project-name");
            b.type(lang.equals("zh") ? "课题组" : "Team");
            b.click("#project-create");
            waitFor(b, "document.getElementById('import')");
            assertThat(api.get("/api/projects").text()).contains("\"" + p + "\"");

            // a broken case: every problem at its file, row and column; nothing stored
            b.chooseFiles("#import-file", broken);
            b.click("#import-submit");
            waitFor(b, "document.getElementById('import-problem-table')");
            JsonNode cells = b.evaluate("[...document.querySelectorAll('#import-problem-table tbody tr')].map(r => [...r.children].map(c => c.textContent))");
            assertThat(cells.size()).isGreaterThanOrEqualTo(1);
            assertThat(cells.get(0).get(0).asText()).endsWith("events.csv");
            assertThat(cells.get(0).get(1).asText()).isEqualTo("2");
            assertThat(cells.get(0).get(2).asText()).isNotEmpty();
            assertThat(b.evaluate("document.getElementById('import-status').textContent").asText())
                    .contains(lang.equals("zh") ? "未导入" : "not imported");
            assertThat(Api.JSON.readTree(api.get("/api/projects/" + p + "/cases").body())).isEmpty();
            assertThat(b.evaluate("(() => { const g = document.getElementById('import-progress'); return !g.hidden && g.value === 100; })()")
                    .asBoolean()).as("the upload's progress bar at 100 %").isTrue();

            // the demo case, with progress while it uploads
            b.chooseFiles("#import-file", good);
            b.click("#import-submit");
            waitFor(b, "document.querySelector('#cases tr[data-case=\"province-a\"]')");

            // the case page: tables and the report
            b.click("#cases a[href$='/c/province-a']");
            waitFor(b, "document.querySelector('#grid[data-table=events] tr[data-id=e050]')");
            waitReport(b, 0);
            assertThat(b.evaluate("document.getElementById('report').contentDocument.documentElement.lang").asText()).startsWith(lang);
            JsonNode chips = b.evaluate("[...document.querySelectorAll('tr[data-id=e001] td[data-col=targets] .chip')].map(c => c.textContent)");
            assertThat(chips.toString()).isEqualTo("[\"info\",\"drc\"]");

            // the verdicts beside the tables carry the status and n the analysis (and so the report) gives them
            waitFor(b, "document.querySelector('#case-verdicts tr[data-verdict=model]')");
            JsonNode an = Api.JSON.readTree(api.get("/api/projects/" + p + "/cases/province-a/analysis").body());
            JsonNode model = an.path("model");
            assertThat(b.evaluate("document.querySelector('#case-verdicts tr[data-verdict=model]').dataset.status").asText())
                    .isEqualTo(model.path("status").asText());
            String modelRow = text(b, "#case-verdicts tr[data-verdict=model]");
            assertThat(modelRow).contains(lang.equals("zh") ? "已判定" : "decided")
                    .contains("n " + model.path("late").path("n").asInt())
                    .contains((lang.equals("zh") ? "最少 " : "minimum ") + model.path("late").path("minimum").asInt());
            assertThat(text(b, "#case-verdicts tr[data-verdict=structure]"))
                    .contains("n " + an.path("structure").path("lateN").asInt())
                    .contains(lang.equals("zh") ? "证据充足" : "sufficient");
            JsonNode pp = an.path("formalism").path("diagnostics").get(1);
            assertThat(b.evaluate("document.querySelector('#case-verdicts tr[data-verdict=platform-proliferation]').dataset.status").asText())
                    .isEqualTo(pp.path("status").asText());
            assertThat(text(b, "#case-verdicts tr[data-verdict=platform-proliferation]"))
                    .contains((lang.equals("zh") ? "判断了 " : "judged ") + (lang.equals("zh") ? pp.path("coverage").path("candidates").asInt() + " 个平台中的 "
                            + pp.path("coverage").path("judged").asInt() : pp.path("coverage").path("judged").asInt() + " of "
                            + pp.path("coverage").path("candidates").asInt()));

            // a partial date as typed, then a date that is not one: the problem at the cell
            int loads = b.evaluate("window.__glassboxUi.reportRequested").asInt();
            b.click("tr[data-id=e051] td[data-col=date]");
            b.type("2019");
            b.press("Enter", false);
            waitFor(b, "window.__glassboxUi.saves === 1");
            assertThat(field(row(p, "events", "e051"), "date")).isEqualTo("2019");
            b.click("tr[data-id=e051] td[data-col=date]");
            b.type("2019-13-45");
            b.press("Enter", false);
            waitFor(b, "document.querySelector('tr[data-id=e051] td[data-col=date].bad .cell-msg')");
            assertThat(text(b, "tr[data-id=e051] td[data-col=date] .cell-msg")).isNotBlank();
            assertThat(field(row(p, "events", "e051"), "date")).isEqualTo("2019");
            b.press("Escape", false);
            assertThat(b.evaluate("document.querySelector('tr[data-id=e051] td[data-col=date]').classList.contains('bad')").asBoolean()).isFalse();

            String before = waitReport(b, loads);

            // edit e050's initiator from sasac (government) to plat (an enterprise): the verdict card changes
            loads = b.evaluate("window.__glassboxUi.reportRequested").asInt();
            b.click("tr[data-id=e050] td[data-col=initiator]");
            waitFor(b, "document.getElementById('cell-editor')");
            b.type("plat");
            b.press("Enter", false);
            waitFor(b, "window.__glassboxUi.saves === 2");
            String after = waitReport(b, loads);
            assertThat(field(row(p, "events", "e050"), "initiator"))
                    .as("stored e050; the row on the page: %s", text(b, "tr[data-id=e050]")).isEqualTo("plat");
            assertThat(after).isNotEqualTo(before);
            assertThat(b.evaluate("document.activeElement.closest('tr').dataset.id").asText()).isEqualTo("e051");

            // keyboard: arrows and Tab move, Escape cancels without saving
            b.press("ArrowUp", false);
            b.press("Tab", false);
            assertThat(b.evaluate("document.activeElement.dataset.col + '@' + document.activeElement.closest('tr').dataset.id").asText())
                    .isEqualTo("targets@e050");
            b.press("Tab", true);
            b.press("Enter", false);
            b.type("nobody-at-all");
            b.press("Escape", false);
            assertThat(text(b, "tr[data-id=e050] td[data-col=initiator]")).isEqualTo("plat");
            assertThat(b.evaluate("window.__glassboxUi.saves").asInt()).isEqualTo(2);

            // a conflict: a second session changes e052's title first
            JsonNode e052 = row(p, "events", "e052");
            ObjectNode theirs = e052.deepCopy();
            String theirTitle = lang.equals("zh") ? "另一位同事改过的标题" : "Title as a colleague changed it";
            theirs.put("title", theirTitle);
            Http.Res put = api.json("PUT", "/api/projects/" + p + "/cases/province-a/events/e052", theirs.toString(), e052.path("version").asLong());
            assertThat(put.status()).isEqualTo(200);
            b.click("tr[data-id=e052] td[data-col=title]");
            b.type(lang.equals("zh") ? "我的标题" : "My title");
            b.press("Enter", false);
            waitFor(b, "document.getElementById('conflict')");
            assertThat(text(b, "#conflict")).contains(theirTitle).contains(lang.equals("zh") ? "我的标题" : "My title")
                    .contains(lang.equals("zh") ? "冲突" : "Conflict");
            b.evaluate("window.scrollTo(0, 0)");
            b.screenshot(shots().resolve("workspace-conflict-" + lang + ".png"), 1400, 900);
            b.click("#take-theirs");
            waitFor(b, "!document.getElementById('conflict')");
            assertThat(text(b, "tr[data-id=e052] td[data-col=title]")).isEqualTo(theirTitle);
            assertThat(field(row(p, "events", "e052"), "title")).isEqualTo(theirTitle);

            // the case page as it now is, the grid scrolled to the rows just edited
            b.evaluate("(() => { window.scrollTo(0, 0); const w = document.querySelector('.grid-wrap'); w.scrollLeft = 0;"
                    + " w.scrollTop = document.querySelector('tr[data-id=e046]').offsetTop - 30; return true; })()");
            b.screenshot(shots().resolve("workspace-case-" + lang + ".png"), 1400, 900);

            // search and paging: the server's X-Total-Count
            b.click("button[data-tab=actors]");
            waitFor(b, "document.querySelector('#grid[data-table=actors]')");
            b.click("#search");
            b.type("Provincial");
            String total = api.get("/api/projects/" + p + "/cases/province-a/actors?q=Provincial").header("X-Total-Count");
            waitFor(b, "document.getElementById('count').textContent.includes('" + total + "')"
                    + " && document.querySelectorAll('#grid tbody tr').length === " + total);

            // add a row (found by the search still typed), then delete it
            b.click("#add-row");
            waitFor(b, "document.getElementById('add-form')");
            b.click("#add-form input[data-col=id]");
            b.type("tst");
            b.click("#add-form input[data-col=name]");
            b.type("Provincial Test Office");
            b.click("#add-form input[data-col=name_zh]");
            b.type("省测试办公室");
            b.click("#add-form input[data-col=sector]");
            b.type("government");
            b.click("#add-save");
            waitFor(b, "document.querySelector('#grid tr[data-id=tst]')");
            assertThat(Api.JSON.readTree(api.get("/api/projects/" + p + "/cases/province-a/actors/tst").body()).path("name_zh").asText())
                    .isEqualTo("省测试办公室");
            b.evaluate("window.confirm = () => true");
            b.click("#grid tr[data-id=tst] button[data-delete]");
            waitFor(b, "!document.querySelector('#grid tr[data-id=tst]')");
            assertThat(api.get("/api/projects/" + p + "/cases/province-a/actors/tst").status()).isEqualTo(404);

            // history: newest first; revert the initiator change and the verdict card is as it was
            b.click("button[data-tab=history]");
            waitFor(b, "document.querySelector('#history tbody tr')");
            JsonNode hist = Api.JSON.readTree(api.get("/api/projects/" + p + "/cases/province-a/history").body());
            assertThat(b.evaluate("document.querySelector('#history tbody tr').dataset.change").asLong()).isEqualTo(hist.get(0).path("n").asLong());
            long initiatorChange = -1;
            for (JsonNode ch : hist) {
                if ("e050".equals(ch.path("id").asText()) && "plat".equals(field(ch.path("after"), "initiator"))) {
                    initiatorChange = ch.path("n").asLong();
                }
            }
            assertThat(initiatorChange).isPositive();
            assertThat(text(b, "#history tr[data-change='" + initiatorChange + "']")).contains("sasac").contains("plat").contains("admin");
            loads = b.evaluate("window.__glassboxUi.reportRequested").asInt();
            b.click("#history button[data-revert='" + initiatorChange + "']");
            String reverted = waitReport(b, loads);
            assertThat(reverted).isEqualTo(before);
            assertThat(field(row(p, "events", "e050"), "initiator")).isEqualTo("sasac");

            // a revert that a later change blocks: the initiator change again, now that its revert came after it
            waitFor(b, "document.querySelector(\"#history button[data-revert='" + initiatorChange + "']\")");
            b.click("#history button[data-revert='" + initiatorChange + "']");
            waitFor(b, "document.getElementById('revert-error')");
            assertThat(text(b, "#revert-error")).contains(lang.equals("zh") ? "无法撤销" : "cannot be reverted");
            assertThat(field(row(p, "events", "e050"), "initiator")).isEqualTo("sasac");

            // export (the link a person downloads) and re-import into a second project
            String p2 = p + "-copy";
            assertThat(api.json("POST", "/api/projects", "{\"id\":\"" + p2 + "\"}").status()).isEqualTo(201);
            b.evaluate("(async () => { const a = document.querySelector('a[data-export=zip]');"
                    + " const blob = await (await fetch(a.href)).blob(); window.__exported = await blob.arrayBuffer(); return a.href; })()");
            b.evaluate("location.hash = '#/p/" + p2 + "'");
            waitFor(b, "document.getElementById('import-file')");
            b.evaluate("(() => { const dt = new DataTransfer(); dt.items.add(new File([window.__exported], 'province-a.zip'));"
                    + " document.getElementById('import-file').files = dt.files; return true; })()");
            b.click("#import-submit");
            waitFor(b, "document.querySelector('#cases tr[data-case=\"province-a\"]')");
            for (String t : List.of("actors", "ties", "events", "indicators", "sources")) {
                assertThat(values(p2, t)).as(t).isEqualTo(values(p, t));
            }

            assertThat(offHost(b.requests())).isEmpty();
            assertThat(unexpected(b.consoleErrors())).isEmpty();
            b.click("#logout");
            waitFor(b, "document.getElementById('login')");
        }
    }

    @Test
    void oneInitiatorEditChangesTheModelOnThePageInEnglish() throws Exception {
        verdictFollowsOneEdit("en", "hybrid");
    }

    @Test
    void oneInitiatorEditChangesTheModelOnThePageInChinese() throws Exception {
        verdictFollowsOneEdit("zh", "混合型");
    }

    /**
     * A case on the edge (test resource {@code cases/edge}: twelve government–enterprise events, six initiated by
     * each side, no contract) leans market-based but is undetermined (the market model's contract hoop fails);
     * its event e02 made the government's instead of the platform firm's makes it hybrid, decided. The card must follow the one edit, and say how stable each verdict is when asked.
     */
    void verdictFollowsOneEdit(String lang, String hybridWord) throws Exception {
        String p = "edge-" + lang;
        String c = "/api/projects/" + p + "/cases/edge";
        ws.projects().create(p, "Edge", "admin");
        ws.cases().importCase(p, org.glassbox.io.Cases.read(Path.of("src", "test", "resources", "cases", "edge")), "admin");
        JsonNode first = Api.JSON.readTree(api.get(c + "/analysis").body()).path("model");
        assertThat(first.path("status").asText()).as("%s", first.path("reason")).isEqualTo("undetermined");
        assertThat(first.path("leaning").asText()).isEqualTo("market");
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            logIn(b, lang);
            b.evaluate("location.hash = '#/p/" + p + "/c/edge/events'");
            waitFor(b, "document.querySelector('#grid[data-table=events] tr[data-id=e02]')");
            waitFor(b, "window.__glassboxUi.verdictsLoaded > 0 && window.__glassboxUi.verdictsLoaded === window.__glassboxUi.verdictsRequested"
                    + " && document.querySelector('#case-verdicts tr[data-verdict=model]')");
            String before = text(b, "#case-verdicts tr[data-verdict=model] td:nth-child(2)");
            assertThat(before).isEqualTo(b.evaluate("t('leaning', word('market'))").asText()).contains(lang.equals("zh") ? "市场主导型" : "market-based");
            assertThat(b.evaluate("document.querySelector('#case-verdicts tr[data-verdict=model]').dataset.status").asText()).isEqualTo("undetermined");

            int saves = b.evaluate("window.__glassboxUi.saves").asInt();
            int asked = b.evaluate("window.__glassboxUi.verdictsRequested").asInt();
            b.click("tr[data-id=e02] td[data-col=initiator]");
            waitFor(b, "document.getElementById('cell-editor')");
            b.type("gov");
            b.press("Enter", false);
            waitFor(b, "window.__glassboxUi.saves === " + (saves + 1));
            waitFor(b, "window.__glassboxUi.verdictsLoaded > " + asked
                    + " && window.__glassboxUi.verdictsLoaded === window.__glassboxUi.verdictsRequested");
            assertThat(field(Api.JSON.readTree(api.get(c + "/events/e02").body()), "initiator")).isEqualTo("gov");
            JsonNode model = Api.JSON.readTree(api.get(c + "/analysis").body()).path("model");
            assertThat(model.path("verdict").asText()).isEqualTo("hybrid");
            assertThat(model.path("status").asText()).isEqualTo("decided");
            assertThat(text(b, "#case-verdicts tr[data-verdict=model] td:nth-child(2)")).isNotEqualTo(before).isEqualTo(hybridWord);
            assertThat(b.evaluate("document.querySelector('#case-verdicts tr[data-verdict=model]').dataset.status").asText())
                    .isEqualTo(model.path("status").asText());

            // how stable is it? 1,000 seeded resamples, as analyze --robustness gives them
            b.click("#check-robustness");
            waitFor(b, "document.getElementById('robustness-note')");
            JsonNode robust = Api.JSON.readTree(api.get(c + "/analysis?robustness=1000").body()).path("robustness");
            JsonNode of = null;
            for (JsonNode v : robust.path("verdicts")) {
                if (v.path("verdict").asText().equals("model.verdict")) {
                    of = v;
                }
            }
            assertThat(of).as("the model's robustness in %s", robust).isNotNull();
            String cell = text(b, "#case-verdicts tr[data-verdict=model] td:nth-child(5)");
            assertThat(cell).contains(b.evaluate("word(" + Api.JSON.writeValueAsString(of.path("status").asText()) + ")").asText())
                    .contains(String.valueOf(Math.round(100 * of.path("agreement").asDouble())));
            b.screenshot(shots().resolve("workspace-verdict-edit-" + lang + ".png"), 1400, 900);
            assertThat(unexpected(b.consoleErrors())).isEmpty();
            assertThat(offHost(b.requests())).isEmpty();
        }
    }

    @Test
    void blindCopiesAreComparedAndAdjudicatedInTheBrowser() throws Exception {
        String p = "dbl";
        String c = "/api/projects/" + p + "/cases/county-c-coded";
        ws.projects().create(p, "Double coding", "admin");
        ws.cases().importCase(p, org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve("county-c-coded")), "admin");
        for (String coder : List.of("cw", "lh")) {
            ws.accounts().add(coder, PW.toCharArray(), false);
            assertThat(api.json("PUT", "/api/projects/" + p + "/members/" + coder, "{\"role\":\"coder\"}").status()).isEqualTo(200);
        }
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            logIn(b, "en");
            b.evaluate("location.hash = '#/p/" + p + "/c/county-c-coded/double'");
            // the verdict card above the tabs grows when the analysis arrives: click only once the layout has settled
            waitFor(b, "document.getElementById('copy-make') && window.__glassboxUi.verdictsLoaded > 0"
                    + " && window.__glassboxUi.verdictsLoaded === window.__glassboxUi.verdictsRequested");
            // a blind copy for each coder, made by the owner on the page
            int n = 0;
            for (String coder : List.of("cw", "lh")) {
                b.click("#copy-coder");
                b.type(coder);
                waitFor(b, "document.getElementById('copy-coder').value === '" + coder + "'");
                b.click("#copy-make");
                waitFor(b, "document.querySelectorAll('#copies input[data-copy]').length === " + (++n));
            }
            assertThat(Api.JSON.readTree(api.get(c + "~cw").body()).path("id").asText()).isEqualTo("county-c-coded~cw");
            // cw codes e02's date differently in their copy (through the ordinary routes, as the coder's own page does)
            JsonNode e02 = Api.JSON.readTree(api.get(c + "~cw/events/e02").body());
            String theirs = e02.path("date").asText();
            ObjectNode moved = e02.deepCopy();
            moved.put("date", "2017-05");
            assertThat(theirs).isNotEqualTo("2017-05");
            assertThat(api.json("PUT", c + "~cw/events/e02", moved.toString(), e02.path("version").asLong()).status()).isEqualTo(200);
            // compare: the coefficients per field, and the disagreement on e02's date with both values
            b.click("#copies-compare");
            waitFor(b, "window.__glassboxDouble.compared === 1 && document.querySelector('#disagreements tr[data-unit=e02][data-field=date]')");
            JsonNode ag = Api.JSON.readTree(api.get("/api/projects/" + p + "/agreement?cases=county-c-coded~cw,county-c-coded~lh").body());
            assertThat(b.evaluate("document.querySelectorAll('#agreement-fields tbody tr').length").asInt()).isEqualTo(ag.path("coefficients").size());
            assertThat(text(b, "#disagreements tr[data-unit=e02][data-field=date]")).contains("2017-05").contains(theirs);
            // adjudicate: cw's date wins; the case has it, and its history says who decided
            b.click("#disagreements tr[data-unit=e02][data-field=date] input[data-copy='county-c-coded~cw']");
            b.click("#adjudicate");
            waitFor(b, "window.__glassboxDouble.adjudicated === 1");
            assertThat(Api.JSON.readTree(api.get(c + "/events/e02").body()).path("date").asText()).isEqualTo("2017-05");
            JsonNode hist = Api.JSON.readTree(api.get(c + "/history").body());
            assertThat(hist.get(0).path("table").asText()).isEqualTo("adjudication");
            assertThat(hist.get(0).path("user").asText()).isEqualTo("admin");
            assertThat(hist.get(0).path("after").path("events/e02").asText()).isEqualTo("date=county-c-coded~cw");
            b.screenshot(shots().resolve("workspace-double-coding-en.png"), 1400, 900);
            assertThat(unexpected(b.consoleErrors())).isEmpty();
            assertThat(offHost(b.requests())).isEmpty();
        }
    }

    /** Opens the workspace in {@code lang} and logs in as admin. */
    static void logIn(HeadlessChromium b, String lang) throws Exception {
        b.open(URI.create(server.url()), "window.__glassboxUi && window.__glassboxUi.ready && document.getElementById('login')", WAIT);
        if (lang.equals("zh")) {
            b.click("#lang");
            waitFor(b, "document.getElementById('login-submit').textContent === '登录'");
        }
        b.click("#login-user");
        b.type("admin");
        b.click("#login-password");
        b.type(PW);
        b.press("Enter", false);
        waitFor(b, "document.getElementById('projects')");
    }

    @Test
    void storedXssStaysText() throws Exception {
        ws.projects().create("xss", "<script>window.__xss=1</script>项目", "admin");
        ws.cases().importCase("xss", org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve("province-a")), "admin");
        ws.cases().importCase("xss", org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve("city-b")), "admin");
        List<String> names = List.of("<script>window.__xss=1</script>张三", "\"><img src=x onerror=\"window.__xss=1\">李四",
                "<script>window.__xss=1</script>Alice", "\"><img src=x onerror=\"window.__xss=1\">Bob");
        int i = 0;
        for (String n : names) {
            ws.cases().addRow("xss", "province-a", "actors", Map.of("id", "x" + (++i), "name", n, "name_zh", n, "sector", "public"), "admin");
        }
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            logIn(b, "en");
            assertThat(text(b, "#projects")).contains("<script>window.__xss=1</script>项目");
            // the compare view of the project's two cases, as a table of the comparison's differences
            b.evaluate("location.hash = '#/p/xss'");
            waitFor(b, "document.querySelector('#cases tr[data-case=\"city-b\"]')");
            b.click("#cases tr[data-case='city-b'] input[type=checkbox]");
            b.click("#cases tr[data-case='province-a'] input[type=checkbox]");
            b.click("#compare");
            waitFor(b, "document.querySelector('#comparison tbody tr')");
            JsonNode cmp = Api.JSON.readTree(api.get("/api/projects/xss/compare?cases=city-b,province-a").body());
            assertThat(b.evaluate("document.querySelectorAll('#comparison tbody tr').length").asInt()).isEqualTo(cmp.path("differences").size());
            assertThat(text(b, "#comparison tbody tr")).contains(cmp.path("differences").get(0).path("statement").asText());
            // and each case's verdicts with their status, as the analysis of each case gives it
            JsonNode statuses = b.evaluate("[...document.querySelectorAll('#compare-verdicts tr[data-verdict=model] td[data-status]')].map(c => c.dataset.status)");
            assertThat(statuses.toString()).isEqualTo("[\"" + cmp.path("cases").get(0).path("model").path("status").asText() + "\",\""
                    + cmp.path("cases").get(1).path("model").path("status").asText() + "\"]");
            assertThat(text(b, "#compare-verdicts tr[data-verdict=structure]"))
                    .contains("n " + cmp.path("cases").get(0).path("structure").path("lateN").asInt());
            b.evaluate("location.hash = '#/p/xss/c/province-a/actors'");
            waitFor(b, "document.querySelector('#grid[data-table=actors] tr[data-id=x4]')");
            waitReport(b, 0);
            for (int k = 1; k <= names.size(); k++) {
                assertThat(text(b, "tr[data-id=x" + k + "] td[data-col=name]")).isEqualTo(names.get(k - 1));
            }
            assertThat(b.evaluate("document.querySelectorAll('#view img, #view script').length").asInt()).isZero();
            b.click("button[data-tab=history]");
            waitFor(b, "document.querySelector('#history tbody tr')");
            assertThat(text(b, "#history")).contains("李四");
            assertThat(b.evaluate("String(window.__xss) + String(document.getElementById('report').contentWindow.__xss)").asText())
                    .isEqualTo("undefinedundefined");
            assertThat(unexpected(b.consoleErrors())).isEmpty();
            assertThat(offHost(b.requests())).isEmpty();
        }
    }

    // ----------------------------------------------------------------- helpers

    static void waitFor(HeadlessChromium b, String expression) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (b.evaluate("Boolean(" + expression + ")").asBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + WAIT + ": " + expression + "; console errors: " + b.consoleErrors()
                + "; page: " + b.evaluate("document.getElementById('view').innerText.slice(0, 1500)").asText());
    }

    /**
     * The report frame's verdict card once a load asked for after the {@code loads}-th has finished,
     * no later one is pending, and the report has rendered.
     */
    static String waitReport(HeadlessChromium b, int loads) throws Exception {
        waitFor(b, "window.__glassboxUi.reportRequested > " + loads
                + " && window.__glassboxUi.reportLoaded === window.__glassboxUi.reportRequested"
                + " && (() => { const w = document.getElementById('report').contentWindow;"
                + " return w && w.__glassbox && w.__glassbox.ready && w.document.querySelector('.verdicts'); })()");
        return verdictText(b);
    }

    static String verdictText(HeadlessChromium b) throws Exception {
        waitFor(b, "(() => { const w = document.getElementById('report').contentWindow;"
                + " return w && w.__glassbox && w.__glassbox.ready && w.document.querySelector('.verdicts'); })()");
        return b.evaluate("document.getElementById('report').contentDocument.querySelector('.verdicts').parentElement.innerText").asText();
    }

    static String text(HeadlessChromium b, String selector) throws Exception {
        return b.evaluate("document.querySelector(" + Api.JSON.writeValueAsString(selector) + ").textContent").asText();
    }

    static JsonNode row(String p, String table, String id) throws Exception {
        Http.Res r = api.get("/api/projects/" + p + "/cases/province-a/" + table + "/" + id);
        assertThat(r.status()).as("GET %s/%s: %s", table, id, r.text()).isEqualTo(200);
        return Api.JSON.readTree(r.body());
    }

    /** A column's value as the case format writes it (a list's items joined with ';'). */
    static String field(JsonNode row, String column) {
        JsonNode v = row.path(column);
        if (v.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            v.forEach(x -> items.add(x.asText()));
            return String.join(";", items);
        }
        return v.asText();
    }

    /** A table's rows without the server's own fields (row numbers and versions differ between projects). */
    static List<JsonNode> values(String p, String table) throws Exception {
        JsonNode a = Api.JSON.readTree(api.get("/api/projects/" + p + "/cases/province-a/" + table + "?sort=row").body());
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode r : a) {
            ObjectNode o = r.deepCopy();
            o.remove(List.of("row", "version"));
            out.add(o);
        }
        return out;
    }

    List<String> offHost(List<String> requests) {
        String base = server.url();
        return requests.stream().filter(u -> !u.startsWith(base) && !u.startsWith("data:") && !u.equals("about:blank")).toList();
    }

    /** Console errors other than Chromium's own line for each refused request the journey provokes on purpose (401, 409, 422). */
    static List<String> unexpected(List<String> errors) {
        return errors.stream().filter(e -> !e.matches("(?s)log: Failed to load resource: the server responded with a status of (401|409|422) .*")).toList();
    }

    /** The case zip with event e001's date made impossible (month 13): the second line of events.csv. */
    static byte[] breakDate(byte[] zip) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().endsWith("events.csv")) {
                    String s = new String(data, StandardCharsets.UTF_8);
                    String t = s.replaceFirst("(?m)^e001,[^,]*,", "e001,2014-13,");
                    changed = !t.equals(s);
                    data = t.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        assertThat(changed).as("events.csv with e001 in the case zip").isTrue();
        return out.toByteArray();
    }
}
