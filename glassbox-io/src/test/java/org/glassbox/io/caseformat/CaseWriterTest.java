package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWriterTest {
    @TempDir
    Path tmp;

    @Test
    void handMadeFolderRoundTrips() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("in")));
        CaseWriter.writeFolder(c, tmp.resolve("out"));
        Case back = Cases.read(tmp.resolve("out"));
        CaseAssert.assertSameCase(back, c);
        assertThat(tmp.resolve("out/codebook.yaml")).doesNotExist();
    }

    @Test
    void builtCaseWithHostileTextRoundTrips() throws Exception {
        List<Actor> actors = List.of(
                new Actor("a:1:x", "Name, with \"quotes\"", "名字", "government", "county", "leadership",
                        PartialDate.ofYear(2010), null, Map.of("note", "line1\r\nline2", "blank-edge", " padded ")),
                new Actor("企业", "企业 Co.", null, "cooperative", null, null, null, PartialDate.ofDay(2020, 2, 29), Map.of()));
        Codebook cb = Codebook.defaults().extend(new Codebook(
                Map.of("hackathon", new EventType("hackathon", "collaborative", Mechanism.COLLABORATIVE, true),
                        "directive", new EventType("directive", "administrative", Mechanism.MARKET, true)),
                Map.of(), Map.of("cooperative", Side.ENTERPRISE), java.util.Set.of("district"),
                Map.of("structure.matrix.dual_authority_min", 0.25)));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e:1", "hackathon", PartialDate.ofMonth(2019, 7));
        b.actor(0, Role.INITIATOR).actor(1, Role.PARTICIPANT);
        b.object(new ObjectRef("platform", "app:v2"));
        b.attribute(EventStore.TITLE, "Title, \"quoted\"\nsecond line");
        b.attribute("extra col", "x,y");
        b.add("e2", "directive", PartialDate.ofYear(2018));
        b.mechanism(Mechanism.COLLABORATIVE);
        b.actor(0, Role.INITIATOR).actor(1, Role.TARGET);
        b.attribute(EventStore.SOURCE, "s1");
        b.attribute(EventStore.FROM_JURISDICTION, "Shanghai");
        CaseInfo info = new CaseInfo("c:1", "Case 1", "案例", "district", "p:0", 2018, 2020,
                List.of(new Phase("p1", null, PartialDate.ofYear(2018), PartialDate.ofMonth(2020, 6))),
                "multi\nline: description", Map.of("generated.seed", "42", "flag", "yes", "num", "007"));
        Case c = Case.of(info, actors,
                List.of(new Tie("t:1", "a:1:x", "企业", "contract", null, PartialDate.ofYear(2020), "s1", Map.of("k", "v"))),
                b.build(),
                List.of(new Indicator(PartialDate.ofYear(2019), "rate", -0.0, null, null, Map.of()),
                        new Indicator(PartialDate.ofYear(2020), "rate", 1e20, "x", "s1", Map.of("a", "b"))),
                List.of(new Source("s1", "标题", "news", null, null, "\"q\"", Map.of())), cb);

        CaseWriter.writeFolder(c, tmp.resolve("out"));
        assertThat(tmp.resolve("out/codebook.yaml")).exists();
        Case back = Cases.read(tmp.resolve("out"));
        CaseAssert.assertSameCase(back, c);
    }

    @Test
    void writtenFilesAreUtf8WithoutBom() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("in")));
        CaseWriter.writeFolder(c, tmp.resolve("out"));
        byte[] bytes = Files.readAllBytes(tmp.resolve("out/actors.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("大数据局");
    }
}
