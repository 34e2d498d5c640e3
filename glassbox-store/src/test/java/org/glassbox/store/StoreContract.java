package org.glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's promises, run against each engine by a subclass ({@link SqliteStoreTest},
 * {@link PostgresStoreTest}) that opens a fresh, empty workspace for every test.
 */
abstract class StoreContract {
    static final Path EXAMPLES = Path.of("..", "examples");
    Workspace ws;

    abstract Workspace open() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        ws = open();
    }

    @AfterEach
    void tearDown() {
        if (ws != null) {
            ws.close();
        }
    }

    static Case demo(String id) throws Exception {
        return org.glassbox.io.Cases.read(EXAMPLES.resolve(id));
    }

    private String project() {
        ws.accounts().add("alice", "correct horse".toCharArray(), false);
        ws.projects().create("p1", "Project one", "alice");
        return "p1";
    }

    @Test
    void usersAreCheckedBySlowSaltedHashesAndNamesAreUnique() {
        ws.accounts().add("alice", "correct horse".toCharArray(), false);
        assertThat(ws.accounts().check("alice", "correct horse".toCharArray())).isEqualTo(new User("alice", false));
        assertThat(ws.accounts().check("alice", "wrong horse".toCharArray())).isNull();
        assertThat(ws.accounts().check("nobody", "correct horse".toCharArray())).isNull();
        assertThatThrownBy(() -> ws.accounts().add("alice", "another one".toCharArray(), true)).isInstanceOf(ConflictException.class);
        String stored = ws.database().read(c -> {
            try (var ps = Database.prepare(c, "SELECT password_hash FROM users WHERE name = ?", "alice"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).startsWith("pbkdf2-sha256$210000$").doesNotContain("correct horse");
        ws.accounts().setPassword("alice", "battery staple".toCharArray());
        assertThat(ws.accounts().check("alice", "battery staple".toCharArray())).isNotNull();
        assertThat(ws.accounts().check("alice", "correct horse".toCharArray())).isNull();
    }

    @Test
    void sessionsExpireIdleAndAbsoluteAndTokensResolve() {
        User u = ws.accounts().add("bob", "12345678".toCharArray(), true);
        String[] s = ws.accounts().openSession(u);
        assertThat(ws.accounts().session(s[0]).csrf()).isEqualTo(s[1]);
        ws.accounts().ageSession(s[0], Accounts.IDLE.plus(Duration.ofMinutes(1)));
        assertThat(ws.accounts().session(s[0])).isNull();
        String[] s2 = ws.accounts().openSession(u);
        ws.accounts().ageSession(s2[0], Duration.ofHours(11));
        assertThat(ws.accounts().session(s2[0])).isNotNull();
        assertThat(ws.accounts().session("forged")).isNull();
        String t = ws.accounts().newToken(u);
        assertThat(ws.accounts().tokenUser(t)).isEqualTo(u);
        assertThat(ws.accounts().tokenUser(t + "x")).isNull();
        ws.accounts().remove("bob");
        assertThat(ws.accounts().tokenUser(t)).isNull();
    }

    @Test
    void membersHaveRolesAndNonMembersSeeNothing() {
        String p = project();
        ws.accounts().add("carol", "12345678".toCharArray(), false);
        ws.accounts().add("root", "12345678".toCharArray(), true);
        assertThat(ws.projects().role(p, "alice")).isEqualTo(Role.OWNER);
        assertThat(ws.projects().role(p, "carol")).isNull();
        assertThat(ws.projects().of(ws.accounts().get("carol"))).isEmpty();
        assertThat(ws.projects().of(ws.accounts().get("root"))).extracting(Project::id).containsExactly(p);
        ws.projects().setMember(p, "carol", Role.VIEWER);
        ws.projects().setMember(p, "carol", Role.CODER);
        assertThat(ws.projects().members(p)).containsExactly(new Member("alice", Role.OWNER), new Member("carol", Role.CODER));
        assertThatThrownBy(() -> ws.projects().setMember(p, "nobody", Role.CODER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ws.projects().create(p, "again", "carol")).isInstanceOf(ConflictException.class);
        ws.projects().removeMember(p, "carol");
        assertThat(ws.projects().role(p, "carol")).isNull();
    }

    @Test
    void importedCaseComesBackAsTheSameTables() throws Exception {
        String p = project();
        Case c = demo("city-b");
        CaseSummary s = ws.cases().importCase(p, c, "alice");
        assertThat(s.events()).isEqualTo(c.events().size());
        assertThat(s.actors()).isEqualTo(c.actors().size());
        assertThat(ws.cases().list(p)).extracting(CaseSummary::id).containsExactly("city-b");
        CaseRows expected = CaseRows.of(c);
        CaseSnapshot snap = ws.cases().snapshot(p, "city-b");
        for (String t : CaseRows.TABLES) {
            assertThat(snap.tables().rows(t)).as(t).isEqualTo(expected.rows(t));
        }
        assertThat(snap.tables().caseYaml()).isEqualTo(expected.caseYaml());
        assertThat(snap.tables().files()).containsOnlyKeys(expected.files().keySet());
        assertThat(snap.tables().read().events().size()).isEqualTo(c.events().size());
        assertThatThrownBy(() -> ws.cases().importCase(p, c, "alice")).isInstanceOf(ConflictException.class);
    }

    /** Every file of a folder, by its path relative to the folder with '/'. */
    static Map<String, byte[]> folder(Path dir) throws Exception {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void aCodedCaseOfFormat11IsKeptWholeByteForByteInItsFolderForm(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String p = project();
        Case c = demo("county-c-coded");
        ws.cases().importCase(p, c, "alice");
        CaseSnapshot snap = ws.cases().snapshot(p, "county-c-coded");
        for (String t : List.of("objects", "documents", "segments")) {
            assertThat(snap.tables().rows(t)).as(t).isNotEmpty();
        }
        // the store's folder form is the one the case format's writer gives, file for file and byte for byte
        org.glassbox.io.caseformat.CaseWriter.writeFolder(c, tmp.resolve("written"));
        snap.tables().writeFolder(tmp.resolve("stored"));
        Map<String, byte[]> written = folder(tmp.resolve("written"));
        Map<String, byte[]> stored = folder(tmp.resolve("stored"));
        assertThat(stored.keySet()).containsExactlyElementsOf(written.keySet())
                .contains("documents.csv", "segments.csv", "objects.csv", "documents/d1-plan.txt");
        written.forEach((f, bytes) -> assertThat(stored.get(f)).as(f).isEqualTo(bytes));
        // the texts are the example's own, and the case reads back with its passages
        assertThat(stored.get("documents/d2-survey.txt"))
                .isEqualTo(java.nio.file.Files.readAllBytes(EXAMPLES.resolve("county-c-coded/documents/d2-survey.txt")));
        Case back = snap.tables().read();
        assertThat(back.coding().segments()).hasSize(c.coding().segments().size());
        assertThat(back.coding().documents()).extracting(d -> d.text())
                .isEqualTo(c.coding().documents().stream().map(d -> d.text()).toList());
        // a second import of the stored folder gives the same folder again
        Case again = org.glassbox.io.Cases.read(tmp.resolve("stored"));
        ws.projects().create("p2", "Two", "alice");
        ws.cases().importCase("p2", again, "alice");
        ws.cases().snapshot("p2", "county-c-coded").tables().writeFolder(tmp.resolve("again"));
        Map<String, byte[]> twice = folder(tmp.resolve("again"));
        assertThat(twice.keySet()).isEqualTo(stored.keySet());
        stored.forEach((f, bytes) -> assertThat(twice.get(f)).as(f).isEqualTo(bytes));
    }

    @Test
    void aPassageOutsideItsDocumentOrMisquotedIsRefusedAtItsRowAndField() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("county-c-coded"), "alice");
        long before = ws.cases().version(p, "county-c-coded");
        StoredRow g01 = ws.cases().row(p, "county-c-coded", "segments", "g01");
        Map<String, String> past = new LinkedHashMap<>(g01.values());
        past.put("end", "100000");
        assertThatThrownBy(() -> ws.cases().replaceRow(p, "county-c-coded", "segments", "g01", g01.version(), past, "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems()).anySatisfy(pr -> {
                    assertThat(pr.table()).isEqualTo("segments");
                    assertThat(pr.id()).isEqualTo("g01");
                    assertThat(pr.row()).isEqualTo(g01.row());
                    assertThat(pr.field()).isEqualTo("end");
                    assertThat(pr.found()).isEqualTo("100000");
                }));
        Map<String, String> misquoted = new LinkedHashMap<>(g01.values());
        misquoted.put("quote", "不是这段文字");
        assertThatThrownBy(() -> ws.cases().replaceRow(p, "county-c-coded", "segments", "g01", g01.version(), misquoted, "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems())
                        .anySatisfy(pr -> assertThat(pr.field()).isEqualTo("quote")));
        Map<String, String> unknownCoder = new LinkedHashMap<>(g01.values());
        unknownCoder.put("id", "g99");
        unknownCoder.put("coder", "nobody");
        assertThatThrownBy(() -> ws.cases().addRow(p, "county-c-coded", "segments", unknownCoder, "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems())
                        .anySatisfy(pr -> assertThat(pr.field()).isEqualTo("coder")));
        assertThat(ws.cases().version(p, "county-c-coded")).isEqualTo(before);
        assertThat(ws.cases().row(p, "county-c-coded", "segments", "g01").values()).isEqualTo(g01.values());
    }

    @Test
    void aDocumentIsAddedWithItsTextAndPassagesQuoteIt() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("county-c-coded"), "alice");
        String text = "县政府办公室关于数据共享的通知。\n第二段。";
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", "d9");
        row.put("source", "s2");
        row.put("text", "documents/d9.txt");
        row.put("language", "zh");
        StoredRow d = ws.cases().addDocument(p, "county-c-coded", row, Map.of("documents/d9.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "alice");
        assertThat(d.table()).isEqualTo("documents");
        Map<String, String> seg = new LinkedHashMap<>();
        seg.put("id", "g20");
        seg.put("document", "d9");
        seg.put("start", "6");
        seg.put("end", "12");
        seg.put("quote", text.substring(6, 12));
        seg.put("coder", "cw");
        seg.put("links", "event:e13");
        ws.cases().addRow(p, "county-c-coded", "segments", seg, "cw");
        Case back = ws.cases().snapshot(p, "county-c-coded").tables().read();
        assertThat(back.coding().document("d9").text()).isEqualTo(text);
        assertThat(new String(ws.cases().file(p, "county-c-coded", "documents/d9.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(text);
        // a file another document names is not replaced
        Map<String, String> other = new LinkedHashMap<>(row);
        other.put("id", "d10");
        assertThatThrownBy(() -> ws.cases().addDocument(p, "county-c-coded", other, Map.of("documents/d9.txt", new byte[] {'x'}), "alice"))
                .isInstanceOf(ConflictException.class);
        // a text that is not NFC is refused by the format's rules, nothing written
        Map<String, String> bad = new LinkedHashMap<>(row);
        bad.put("id", "d11");
        bad.put("text", "documents/d11.txt");
        assertThatThrownBy(() -> ws.cases().addDocument(p, "county-c-coded", bad, Map.of("documents/d11.txt",
                "e\u0301".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "alice")).isInstanceOf(InvalidCaseException.class);
        assertThatThrownBy(() -> ws.cases().file(p, "county-c-coded", "documents/d11.txt")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdjudicationIsOneCheckedTransactionWithEachChoiceInHistory() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("county-c-coded"), "alice");
        Map<String, String> e02 = new LinkedHashMap<>(ws.cases().row(p, "county-c-coded", "events", "e02").values());
        e02.put("date", "2017-05");
        Map<String, String> g01 = ws.cases().row(p, "county-c-coded", "segments", "g01").values();
        Map<String, String> g30 = new LinkedHashMap<>(g01);
        g30.put("id", "g30");
        List<Change> written = ws.cases().adjudicate(p, "county-c-coded", null, List.of(new RowChoice("events", "e02", e02),
                new RowChoice("segments", "g30", g30), new RowChoice("segments", "g02", null)),
                Map.of("from", "county-c-coded~cw", "events/e02", "date=county-c-coded~cw"), "alice");
        assertThat(written).extracting(Change::table).containsExactly("events", "segments", "segments", Cases.ADJUDICATION);
        assertThat(ws.cases().row(p, "county-c-coded", "events", "e02").values().get("date")).isEqualTo("2017-05");
        assertThat(ws.cases().row(p, "county-c-coded", "segments", "g30").values().get("quote")).isEqualTo(g01.get("quote"));
        assertThatThrownBy(() -> ws.cases().row(p, "county-c-coded", "segments", "g02")).isInstanceOf(NotFoundException.class);
        List<Change> hist = ws.cases().history(p, "county-c-coded");
        assertThat(hist.get(0).table()).isEqualTo(Cases.ADJUDICATION);
        assertThat(hist.get(0).after()).containsEntry("events/e02", "date=county-c-coded~cw");
        assertThat(hist).extracting(Change::user).containsOnly("alice");
        // each choice reverts like any change; the adjudication's own record does not
        long deleted = written.get(2).n();
        ws.cases().revert(p, "county-c-coded", deleted, "alice");
        assertThat(ws.cases().row(p, "county-c-coded", "segments", "g02").values()).isNotEmpty();
        assertThatThrownBy(() -> ws.cases().revert(p, "county-c-coded", written.get(3).n(), "alice")).isInstanceOf(ConflictException.class);
        // a choice that breaks the case: nothing written
        long before = ws.cases().version(p, "county-c-coded");
        Map<String, String> broken = new LinkedHashMap<>(g01);
        broken.put("id", "g31");
        broken.put("end", "99999");
        assertThatThrownBy(() -> ws.cases().adjudicate(p, "county-c-coded", null, List.of(new RowChoice("events", "e02", null),
                new RowChoice("segments", "g31", broken)), Map.of("from", "x"), "alice")).isInstanceOf(InvalidCaseException.class);
        assertThat(ws.cases().version(p, "county-c-coded")).isEqualTo(before);
        assertThat(ws.cases().row(p, "county-c-coded", "events", "e02").values().get("date")).isEqualTo("2017-05");
    }

    @Test
    void aRowThatBreaksTheCaseIsRefusedWithItsProblemsAndNothingIsWritten() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        long before = ws.cases().version(p, "city-b");
        Map<String, String> ev = new LinkedHashMap<>(ws.cases().rows(p, "city-b", "events").get(0).values());
        ev.put("id", "e-new");
        ev.put("initiator", "no-such-actor");
        ev.put("date", "2019-13");
        assertThatThrownBy(() -> ws.cases().addRow(p, "city-b", "events", ev, "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.problems()).extracting(RowProblem::table).containsOnly("events");
                    assertThat(e.problems()).extracting(RowProblem::id).containsOnly("e-new");
                    assertThat(e.problems()).extracting(RowProblem::field).contains("initiator", "date");
                    assertThat(e.problems()).anySatisfy(pr -> assertThat(pr.found()).isEqualTo("no-such-actor"));
                    assertThat(e.problems().get(0).row()).isGreaterThan(0);
                });
        assertThat(ws.cases().version(p, "city-b")).isEqualTo(before);
        assertThat(ws.cases().rows(p, "city-b", "events")).extracting(StoredRow::id).doesNotContain("e-new");
        assertThat(ws.cases().history(p, "city-b")).hasSize(1);
    }

    @Test
    void staleVersionsConflictWithTheCurrentRow() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        StoredRow a = ws.cases().rows(p, "city-b", "actors").get(0);
        Map<String, String> v = new LinkedHashMap<>(a.values());
        v.put("name", "First edit");
        StoredRow a2 = ws.cases().replaceRow(p, "city-b", "actors", a.id(), a.version(), v, "alice");
        assertThat(a2.version()).isGreaterThan(a.version());
        assertThat(a2.row()).isEqualTo(a.row());
        v.put("name", "Second, stale edit");
        assertThatThrownBy(() -> ws.cases().replaceRow(p, "city-b", "actors", "row:" + a.row(), a.version(), v, "alice"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(a2));
        assertThat(ws.cases().row(p, "city-b", "actors", a.id()).values().get("name")).isEqualTo("First edit");
        assertThatThrownBy(() -> ws.cases().deleteRow(p, "city-b", "actors", a.id(), a.version(), "alice"))
                .isInstanceOf(ConflictException.class);
    }

    /**
     * Twenty writers editing four shared rows of one case, each retrying on 409 until its five appends
     * landed: with the cached case state and shared commits in place, no update is lost (every append
     * is in its row exactly once, and the history has one change per acknowledged write), and the
     * case as read back (from the cache) is the case in the database.
     */
    @Test
    void twentyConcurrentWritersOnOneCaseLoseNoUpdate() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        List<String> ids = List.of("w-0", "w-1", "w-2", "w-3");
        for (String id : ids) {
            ws.cases().addRow(p, "city-b", "actors", Map.of("id", id, "name", "start", "sector", "public"), "alice");
        }
        int historyBefore = ws.cases().history(p, "city-b").size();
        int writers = 20;
        int each = 5;
        java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int me = w;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int k = 0; k < each; k++) {
                        String id = ids.get((me + k) % ids.size());
                        while (true) {
                            StoredRow r = ws.cases().row(p, "city-b", "actors", id);
                            Map<String, String> v = new LinkedHashMap<>(r.values());
                            v.put("name", v.get("name") + "|t" + me + "-" + k);
                            try {
                                ws.cases().replaceRow(p, "city-b", "actors", id, r.version(), v, "alice");
                                break;
                            } catch (ConflictException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(120_000);
        }
        assertThat(failures).isEmpty();
        List<String> appended = new java.util.ArrayList<>();
        for (String id : ids) {
            String name = ws.cases().row(p, "city-b", "actors", id).values().get("name");
            assertThat(name).startsWith("start|");
            appended.addAll(List.of(name.substring("start|".length()).split("\\|")));
        }
        assertThat(appended).hasSize(writers * each).doesNotHaveDuplicates();
        for (int w = 0; w < writers; w++) {
            for (int k = 0; k < each; k++) {
                assertThat(appended).contains("t" + w + "-" + k);
            }
        }
        assertThat(ws.cases().history(p, "city-b")).hasSize(historyBefore + writers * each);
        CaseSnapshot snap = ws.cases().snapshot(p, "city-b");
        for (String t : CaseRows.TABLES) {
            assertThat(snap.tables().rows(t)).as(t)
                    .isEqualTo(ws.cases().rows(p, "city-b", t).stream().map(StoredRow::values).toList());
        }
        assertThat(snap.record().version()).isEqualTo(ws.cases().version(p, "city-b"));
    }

    @Test
    void deletingARowOthersReferToIsRefused() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        StoredRow e0 = ws.cases().rows(p, "city-b", "events").get(0);
        String initiator = e0.values().get("initiator").split(";")[0];
        StoredRow actor = ws.cases().row(p, "city-b", "actors", initiator);
        assertThatThrownBy(() -> ws.cases().deleteRow(p, "city-b", "actors", actor.id(), actor.version(), "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e ->
                        assertThat(e.problems()).anySatisfy(pr -> assertThat(pr.found()).contains(initiator)));
        assertThat(ws.cases().row(p, "city-b", "actors", initiator)).isEqualTo(actor);
    }

    @Test
    void hostileTextIsStoredVerbatim() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        List<String> nasty = List.of("Robert'); DROP TABLE case_rows;--", "\" OR 1=1 --", "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>", "数据局<script>alert('局')</script>", "a\\b%_'\"");
        int i = 0;
        for (String s : nasty) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("id", "nasty-" + i++);
            v.put("name", s);
            v.put("name_zh", s);
            v.put("sector", "public");
            v.put("note", s);
            StoredRow r = ws.cases().addRow(p, "city-b", "actors", v, "alice");
            assertThat(ws.cases().row(p, "city-b", "actors", r.id()).values()).isEqualTo(v);
        }
        assertThat(ws.cases().rows(p, "city-b", "actors")).hasSize(22 + nasty.size());
        assertThat(ws.cases().snapshot(p, "city-b").tables().read().actors()).anySatisfy(a ->
                assertThat(a.attributes()).containsEntry("note", nasty.get(0)));
    }

    @Test
    void historyKeepsEveryChangeAndRevertUndoesOne() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        StoredRow a = ws.cases().rows(p, "city-b", "actors").get(0);
        Map<String, String> v = new LinkedHashMap<>(a.values());
        v.put("name", "Renamed");
        StoredRow a2 = ws.cases().replaceRow(p, "city-b", "actors", a.id(), a.version(), v, "alice");
        Map<String, String> nv = Map.of("id", "new-actor", "name", "New", "sector", "public");
        StoredRow added = ws.cases().addRow(p, "city-b", "actors", nv, "alice");
        List<Change> h = ws.cases().history(p, "city-b");
        assertThat(h).extracting(Change::action).containsExactly("add", "update", "import");
        Change upd = h.get(1);
        assertThat(upd.before()).isEqualTo(a.values());
        assertThat(upd.after()).isEqualTo(v);
        assertThat(upd.user()).isEqualTo("alice");
        assertThat(upd.id()).isEqualTo(a.id());
        ws.cases().revert(p, "city-b", upd.n(), "alice");
        assertThat(ws.cases().row(p, "city-b", "actors", a.id()).values()).isEqualTo(a.values());
        assertThatThrownBy(() -> ws.cases().revert(p, "city-b", upd.n(), "alice")).isInstanceOf(ConflictException.class);
        ws.cases().revert(p, "city-b", h.get(0).n(), "alice");
        assertThatThrownBy(() -> ws.cases().row(p, "city-b", "actors", added.id())).isInstanceOf(NotFoundException.class);
        StoredRow last = ws.cases().rows(p, "city-b", "actors").get(5);
        // a deleted row comes back under its number
        List<StoredRow> ties = ws.cases().rows(p, "city-b", "ties");
        StoredRow t = ties.get(ties.size() - 1);
        ws.cases().deleteRow(p, "city-b", "ties", "row:" + t.row(), t.version(), "alice");
        Change del = ws.cases().history(p, "city-b").get(0);
        assertThat(del.action()).isEqualTo("delete");
        ws.cases().revert(p, "city-b", del.n(), "alice");
        StoredRow back = ws.cases().row(p, "city-b", "ties", "row:" + t.row());
        assertThat(back.values()).isEqualTo(t.values());
        assertThat(back.version()).isGreaterThan(t.version());
        assertThat(last).isNotNull();
        assertThat(ws.cases().history(p, "city-b")).hasSize(7);
    }

    @Test
    void recordAndCodebookEditsAreCheckedVersionedAndRevertible() throws Exception {
        String p = project();
        ws.cases().importCase(p, demo("city-b"), "alice");
        CaseRecord r = ws.cases().record(p, "city-b");
        String renamed = r.caseYaml().replace("name: City B", "name: City B renamed");
        assertThat(renamed).isNotEqualTo(r.caseYaml());
        CaseRecord r2 = ws.cases().replaceRecord(p, "city-b", renamed, r.recordVersion(), "alice");
        assertThat(r2.recordVersion()).isGreaterThan(r.recordVersion());
        assertThat(ws.cases().list(p).get(0).name()).isEqualTo("City B renamed");
        assertThatThrownBy(() -> ws.cases().replaceRecord(p, "city-b", renamed, r.recordVersion(), "alice"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ws.cases().replaceRecord(p, "city-b", renamed.replace("level: prefectural", "level: galactic"),
                r2.recordVersion(), "alice")).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).anySatisfy(pr -> {
                    assertThat(pr.table()).isEqualTo("case");
                    assertThat(pr.field()).isEqualTo("level");
                }));
        assertThatThrownBy(() -> ws.cases().replaceCodebook(p, "city-b", "sectors: [unclosed", r2.codebookVersion(), "alice"))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems().get(0).table()).isEqualTo("codebook"));
        ws.cases().deleteCase(p, "city-b", "alice");
        assertThat(ws.cases().list(p)).isEmpty();
        assertThatThrownBy(() -> ws.cases().record(p, "city-b")).isInstanceOf(NotFoundException.class);
        ws.cases().importCase(p, demo("city-b"), "alice");
        assertThat(ws.cases().history(p, "city-b").get(0).action()).isEqualTo("import");
        assertThat(ws.cases().history(p, "city-b")).hasSize(4);
    }
}
