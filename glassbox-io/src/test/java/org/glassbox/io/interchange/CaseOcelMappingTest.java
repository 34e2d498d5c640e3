package org.glassbox.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;
import org.glassbox.io.Cases;
import org.glassbox.io.ocel.OcelFormat;
import org.glassbox.io.ocel.OcelMappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseOcelMappingTest {

    @TempDir
    Path dir;

    /** A small case that exercises every field the mapping must carry; event e2 cites an unknown source. */
    static Case handMade() {
        return handMade(true);
    }

    /**
     * A small case that exercises every field the mapping must carry; with {@code citeUnknown}, event e2 cites a
     * source the case does not have (the mapping keeps it as text; a case folder or OCEL file with it is refused).
     */
    static Case handMade(boolean citeUnknown) {
        List<Actor> actors = List.of(
                new Actor("gov:a", "Provincial Government", "省政府", "government", "provincial", "leadership",
                        PartialDate.ofYear(2014), null, Map.of("note", "含冒号: yes")),
                new Actor("s1", "Big Data Bureau", "大数据局", "government", "provincial", "data-agency",
                        PartialDate.ofMonth(2015, 6), PartialDate.ofDay(2021, 3, 31), Map.of()),
                new Actor("ent", "Cloud Co.", null, "private-enterprise", null, "vendor", null, null,
                        Map.of("registered", "Hangzhou")));
        List<Tie> ties = List.of(
                new Tie("t1", "gov:a", "s1", "command", PartialDate.ofYear(2015), null, "s1", Map.of("strength", "3")),
                new Tie("tie@7", "s1", "ent", "contract", PartialDate.ofMonth(2016, 2), PartialDate.ofDay(2019, 12, 31),
                        null, Map.of()));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "plan", PartialDate.ofYear(2014));
        b.actor("gov:a", Role.INITIATOR).actor("s1", Role.TARGET);
        b.object(new ObjectRef("platform", "gov:app"));
        b.attribute(EventStore.TITLE, "数字政府建设规划").attribute(EventStore.SOURCE, "s1;doc:2");
        b.add("e2", "procurement", PartialDate.ofMonth(2016, 2));
        b.mechanism(Mechanism.ADMINISTRATIVE);
        b.actor("s1", Role.INITIATOR).actor("ent", Role.TARGET).actor("gov:a", Role.PARTICIPANT);
        b.object(new ObjectRef("platform", "gov:app")).object(new ObjectRef("project", "cloud"));
        b.attribute(EventStore.SOURCE, citeUnknown ? "ghost" : "doc:2").attribute("budget_wan", "1200");
        b.add("e3", "model-adopted", PartialDate.ofDay(2016, 2, 29));
        b.actor("s1", Role.INITIATOR);
        b.attribute(EventStore.FROM_JURISDICTION, "Zhejiang").attribute(EventStore.SOURCE, "doc:2");
        b.add("e4", "co-design", PartialDate.ofDay(2016, 2, 29));
        b.mechanism(Mechanism.NONE);
        EventStore events = b.build();
        List<Indicator> indicators = List.of(
                new Indicator(PartialDate.ofYear(2018), "online-rate", 0.62, "share", "s1", Map.of()),
                new Indicator(PartialDate.ofYear(2018), "apps", 12, null, null, Map.of("note", "估计")),
                new Indicator(PartialDate.ofYear(2019), "online-rate", 0.71, "share", null, Map.of()),
                new Indicator(PartialDate.ofMonth(2020, 1), "apps", 30, "count", null, Map.of()),
                new Indicator(PartialDate.ofYear(1970), "apps", 0, "count", null, Map.of()));
        List<Source> sources = List.of(
                new Source("s1", "Plan document", "document", PartialDate.ofMonth(2014, 5), "https://example.org/p?a=1",
                        "“数字化转型”", Map.of("page", "12")),
                new Source("doc:2", null, "interview", null, null, null, Map.of()));
        Map<String, EventType> extraTypes = new LinkedHashMap<>();
        extraTypes.put("hackathon", new EventType("hackathon", "collaborative", Mechanism.COLLABORATIVE, false));
        Codebook codebook = Codebook.defaults().extend(new Codebook(extraTypes, Map.of(), Map.of(), java.util.Set.of(),
                Map.of("structure.matrix.dual_authority_min", 0.25)));
        CaseInfo info = new CaseInfo("province-a", "Province A", "甲省", "provincial", null, 2014, 2022,
                List.of(new Phase("p1", "Launch", PartialDate.ofMonth(2014, 1), PartialDate.ofMonth(2016, 12)),
                        new Phase("p2", "整合", PartialDate.ofYear(2017), PartialDate.ofYear(2022))),
                "An illustrative case.\nTwo lines.", Map.of("coder", "R. A."));
        return Case.of(info, actors, ties, events, indicators, sources, codebook);
    }

    @Test
    void toLogFollowsTheMappingTable() {
        EventLog log = CaseToOcel.toLog(handMade());
        EventStore s = log.events();
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.objectTypes().values()).contains("case", "phase", "organization", "tie", "source", "indicator",
                "platform", "project");
        // id collision: source s1 and actor s1 → the source becomes source:s1
        assertThat(s.objects().code("s1")).isGreaterThanOrEqualTo(0);
        assertThat(s.objectTypes().value(s.objectType(s.objects().code("s1")))).isEqualTo("organization");
        assertThat(s.objects().code("source:s1")).isGreaterThanOrEqualTo(0);
        assertThat(s.objects().code("platform:gov:app")).isGreaterThanOrEqualTo(0);
        assertThat(s.attribute("date").text(1)).isEqualTo("2016-02");
        assertThat(s.attribute("mechanism").isPresent(0)).isFalse();
        assertThat(s.attribute("mechanism").text(1)).isEqualTo("administrative");
        // e2 cites an unknown source: it keeps the text attribute instead of E2O links
        assertThat(s.attribute("source").text(1)).isEqualTo("ghost");
        assertThat(s.attribute("source").isPresent(0)).isFalse();
        List<String> e1 = new ArrayList<>();
        for (int k = s.objectsFrom(0); k < s.objectsTo(0); k++) {
            e1.add(s.objects().value(s.objectAt(k)) + "/" + s.qualifiers().value(s.qualifierAt(k)));
        }
        assertThat(e1).containsExactly("gov:a/initiator", "s1/target", "platform:gov:app/object", "source:s1/source",
                "doc:2/source");
        assertThat(log.objects().changes()).anySatisfy(c -> assertThat(c.attribute()).isEqualTo("seq"));
        assertThat(log.objects().attributes().get("codebook").text(0)).contains("hackathon");
    }

    @Test
    void handMadeCaseSurvivesEveryFormat() throws Exception {
        Case c = handMade(false);
        CaseFields.assertSameCase(OcelToCase.toCase(CaseToOcel.toLog(c)), c);
        for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
            Path f = dir.resolve("case." + ext);
            assertThat(Cases.write(c, f, true)).isEmpty();
            CaseFields.assertSameCase(Cases.read(f), c);
        }
    }

    /** The mapping itself carries an unknown source as text; read as a case, the file is refused as a folder is. */
    @Test
    void aCaseCitingAnUnknownSourceMapsButIsRefusedAsACase() throws Exception {
        Case c = handMade(true);
        CaseFields.assertSameCase(OcelToCase.toCase(CaseToOcel.toLog(c)), c);
        for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
            Path f = dir.resolve("ghost." + ext);
            assertThat(Cases.write(c, f, true)).isEmpty();
            assertThat(Cases.validate(f).errors()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("an unknown source id");
                assertThat(p.found()).isEqualTo("ghost");
                assertThat(p.cell()).contains("event 'e2', attribute 'source'");
            });
            assertThatThrownBy(() -> Cases.read(f)).isInstanceOf(org.glassbox.io.caseformat.CaseFormatException.class);
        }
    }

    @Test
    void aLogThatIsNotACaseIsRefusedWithWhatIsMissing(@TempDir Path dir) throws Exception {
        Path p2p = dir.resolve("p2p.jsonocel");
        java.nio.file.Files.writeString(p2p, "{\"objectTypes\": [{\"name\": \"order\", \"attributes\": []}],"
                + " \"eventTypes\": [{\"name\": \"place\", \"attributes\": []}],"
                + " \"objects\": [{\"id\": \"o1\", \"type\": \"order\"}],"
                + " \"events\": [{\"id\": \"e1\", \"type\": \"place\", \"time\": \"2020-01-01T00:00:00Z\","
                + " \"relationships\": [{\"objectId\": \"o1\", \"qualifier\": \"\"}]}]}");
        assertThatThrownBy(() -> OcelToCase.read(p2p, OcelFormat.JSON))
                .isInstanceOf(OcelMappingException.class)
                .hasMessageContaining("p2p.jsonocel")
                .hasMessageContaining("no object of type 'case'");
    }

    @Test
    void aCaseObjectWithoutNameIsNamed() {
        EventLog log = CaseToOcel.toLog(handMade());
        // drop the name column from the log's object table by rebuilding without it
        org.glassbox.core.model.ObjectTable.Builder t = org.glassbox.core.model.ObjectTable.builder();
        log.objects().attributes().forEach((name, col) -> {
            if (!name.equals("name")) {
                for (int o = 0; o < col.size(); o++) {
                    if (col.isPresent(o)) {
                        t.attribute(o, name, col.text(o));
                    }
                }
            }
        });
        EventLog broken = new EventLog(log.name(), log.events(), Map.of(), t.build(log.events().objects().size()),
                Map.of(), Map.of(), List.of());
        assertThatThrownBy(() -> OcelToCase.toCase(broken)).isInstanceOf(OcelMappingException.class)
                .hasMessageContaining("case object 'province-a' has no attribute 'name'");
    }

    /** Random valid cases (seeded) round-trip through the three formats. */
    @Test
    void randomCasesRoundTrip() throws Exception {
        Random rnd = new Random(20261128L);
        String[] types = {"plan", "directive", "procurement", "meeting", "platform-launch", "evaluation"};
        String[] words = {"数据", "a;b", "x:y", "", " padded ", "line\nbreak", "quote\"d", "plain"};
        for (int round = 0; round < 6; round++) {
            int na = 1 + rnd.nextInt(6);
            List<Actor> actors = new ArrayList<>();
            for (int a = 0; a < na; a++) {
                Map<String, String> extra = rnd.nextBoolean() ? Map.of("x", "v" + rnd.nextInt(3)) : Map.of();
                actors.add(new Actor("a" + a + (rnd.nextBoolean() ? ":z" : ""), "Actor " + a, rnd.nextBoolean() ? "机构" + a : null,
                        rnd.nextBoolean() ? "government" : "private-enterprise", null, null,
                        rnd.nextBoolean() ? PartialDate.ofYear(2010 + rnd.nextInt(5)) : null, null, extra));
            }
            List<Tie> ties = new ArrayList<>();
            for (int k = 0; na > 1 && k < rnd.nextInt(5); k++) {
                int from = rnd.nextInt(na);
                int to = (from + 1 + rnd.nextInt(na - 1)) % na; // a case has no tie from an actor to itself
                ties.add(new Tie("t" + k, actors.get(from).id(), actors.get(to).id(),
                        rnd.nextBoolean() ? "command" : "contract", rnd.nextBoolean() ? PartialDate.ofMonth(2015, 1 + rnd.nextInt(12)) : null,
                        null, null, Map.of()));
            }
            EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
            int ne = rnd.nextInt(30);
            for (int i = 0; i < ne; i++) {
                PartialDate d = switch (rnd.nextInt(3)) {
                    case 0 -> PartialDate.ofYear(2014 + rnd.nextInt(8));
                    case 1 -> PartialDate.ofMonth(2014 + rnd.nextInt(8), 1 + rnd.nextInt(12));
                    default -> PartialDate.ofDay(2014 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                };
                b.add("e" + i, types[rnd.nextInt(types.length)], d);
                if (rnd.nextInt(3) == 0) {
                    b.mechanism(Mechanism.values()[rnd.nextInt(4)]);
                }
                java.util.Set<String> links = new java.util.HashSet<>(); // SQLite's E2O key: no duplicate links
                for (int k = 0; k < rnd.nextInt(4); k++) {
                    String a = actors.get(rnd.nextInt(na)).id();
                    Role r = Role.values()[rnd.nextInt(3)];
                    if (links.add(a + "/" + r)) {
                        b.actor(a, r);
                    }
                }
                if (rnd.nextBoolean()) {
                    b.object(new ObjectRef(rnd.nextBoolean() ? "platform" : "project", "o" + rnd.nextInt(4)));
                }
                String w = words[rnd.nextInt(words.length)];
                if (!w.isEmpty() && !w.contains("\n")) {
                    b.attribute(EventStore.TITLE, w);
                }
                if (rnd.nextBoolean()) {
                    b.attribute("extra_col", words[rnd.nextInt(words.length)].replace("\n", " ").strip() + "!");
                }
            }
            List<Indicator> inds = new ArrayList<>();
            for (int k = 0; k < rnd.nextInt(6); k++) {
                inds.add(new Indicator(PartialDate.ofYear(2015 + rnd.nextInt(5)), "ind" + rnd.nextInt(2),
                        rnd.nextInt(1000) / 7.0, rnd.nextBoolean() ? "u" : null, null, Map.of()));
            }
            Case c = Case.of(new CaseInfo("c" + round, "Case " + round), actors, ties, b.build(), inds, List.of(),
                    Codebook.defaults());
            for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
                Path f = dir.resolve("r" + round + "." + ext);
                Cases.write(c, f, true);
                CaseFields.assertSameCase(Cases.read(f), c);
            }
        }
    }

    /** The project's demo cases (examples/), found from the working directory upwards; skipped when absent. */
    static Path example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("examples").resolve(name);
            if (java.nio.file.Files.isRegularFile(c.resolve("case.yaml"))) {
                return c;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, "examples/" + name + " not found; skipping");
        return null;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"province-a", "city-b"})
    void demoCasesRoundTrip(String name) throws Exception {
        Case c = Cases.read(example(name));
        assertThat(c.events().size()).isGreaterThanOrEqualTo(60);
        for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
            Path f = dir.resolve(name + "." + ext);
            assertThat(Cases.write(c, f, true)).isEmpty();
            CaseFields.assertSameCase(Cases.read(f), c);
        }
        Path json = dir.resolve(name + ".jsonocel");
        org.glassbox.io.ocel.OcelSchemaValidationTest.assertValidJson(json);
        org.glassbox.io.ocel.OcelSchemaValidationTest.assertValidXml(dir.resolve(name + ".xmlocel"));
    }
}
