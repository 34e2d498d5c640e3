package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheHandMadeCaseFieldByField() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("city-x")));

        assertThat(c.id()).isEqualTo("city-x");
        assertThat(c.info().nameZh()).isEqualTo("X市");
        assertThat(c.info().periodStart()).isEqualTo(2015);
        assertThat(c.info().phases()).hasSize(2);
        assertThat(c.info().phases().get(1).name()).isEqualTo("深化");
        assertThat(c.info().phases().get(1).start()).isEqualTo(PartialDate.ofYear(2018));
        assertThat(c.info().description()).isEqualTo("A hand-made case: with a colon");
        assertThat(c.info().extra()).containsEntry("coder", "Li Wei").containsEntry("generated.process", "market");

        assertThat(c.actors()).hasSize(6);
        Actor bigdata = c.actors().get(1);
        assertThat(bigdata.nameZh()).isEqualTo("大数据局");
        assertThat(bigdata.joined()).isEqualTo(PartialDate.ofMonth(2016, 3));
        assertThat(bigdata.attributes()).containsEntry("note", "created by merger, see \"Plan\"");
        assertThat(c.actors().get(4).attributes()).containsEntry("note", "multi\nline note");
        assertThat(c.actor(c.actorCode("ent:cloud")).left()).isEqualTo(PartialDate.ofDay(2020, 12, 31));

        assertThat(c.ties().size()).isEqualTo(7);
        Tie second = c.ties().tie(1);
        assertThat(second.id()).isEqualTo("tie@3");
        Tie t4 = c.ties().tie(3);
        assertThat(t4.source()).isEqualTo("s1;s2");
        assertThat(t4.attributes()).containsEntry("weight", "0.5");

        assertThat(c.events().size()).isEqualTo(7);
        Event e1 = c.events().event(0);
        assertThat(e1.title()).isEqualTo("Digital plan, phase one");
        assertThat(e1.targets()).containsExactly("bigdata", "tax");
        assertThat(e1.objects()).containsExactly(new ObjectRef("project", "cloud"));
        assertThat(e1.attributes()).containsEntry("stage", "early");
        assertThat(e1.mechanism()).isNull();
        assertThat(c.mechanism(0)).isEqualTo(Mechanism.ADMINISTRATIVE);
        Event e2 = c.events().event(1);
        assertThat(e2.title()).isEqualTo("采购云平台");
        assertThat(e2.date().precision()).isEqualTo(Precision.DAY);
        Event e4 = c.events().event(3);
        assertThat(e4.initiators()).containsExactly("gov", "ent:cloud");
        assertThat(e4.title()).isEqualTo("JV \"Digital\" founded");
        assertThat(e4.mechanism()).isEqualTo(Mechanism.MARKET);
        Event e5 = c.events().event(4);
        assertThat(e5.title()).isEqualTo("line one\nline two");
        assertThat(e5.participants()).containsExactly("ent:cloud", "public");
        assertThat(c.events().event(5).fromJurisdiction()).isEqualTo("Hangzhou");
        assertThat(c.events().event(6).mechanism()).isEqualTo(Mechanism.ADMINISTRATIVE);

        assertThat(c.indicators()).hasSize(3);
        assertThat(c.indicators().get(2).value()).isEqualTo(12.0);
        assertThat(c.sources()).hasSize(3);
        assertThat(c.sources().get(0).quote()).isEqualTo("\u201cbuild a digital city\u201d, it said");
    }

    @Test
    void validReportHasNoErrors() throws Exception {
        ValidationReport r = Cases.validate(Fixtures.write(tmp.resolve("ok")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.isClean()).isTrue();
    }
}
