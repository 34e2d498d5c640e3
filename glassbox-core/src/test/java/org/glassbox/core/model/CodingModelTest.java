package org.glassbox.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodingModelTest {
    @Test
    void documentCountsCodePointsNotUtf16Units() {
        // 𠀀 (U+20000) is one code point and two UTF-16 units; offsets must count it once.
        Document d = new Document("d1", "s1", "documents/d1.txt", null, "zh", false, "𠀀省大数据发展管理局", Map.of());
        assertThat(d.length()).isEqualTo(10);
        assertThat(d.text().length()).isEqualTo(11);
        assertThat(d.slice(1, 4)).isEqualTo("省大数");
        assertThat(d.slice(0, 1)).isEqualTo("𠀀");
        assertThatThrownBy(() -> d.slice(5, 11)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("10 code points of document d1");
    }

    @Test
    void linksParseEveryKindAndRefuseOthers() {
        assertThat(Link.parse("event:e1")).isEqualTo(new Link(Link.Kind.EVENT, "e1"));
        assertThat(Link.parse("object:platform:zlb").target()).isEqualTo("platform:zlb");
        assertThat(Link.parse("indicator:online_rate").toString()).isEqualTo("indicator:online_rate");
        assertThatThrownBy(() -> Link.parse("object:zlb")).hasMessageContaining("object:KIND:ID");
        assertThatThrownBy(() -> Link.parse("evnt:e1")).hasMessageContaining("event:ID");
        assertThatThrownBy(() -> Link.parse("event:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codingFindsThePassagesOfALink() {
        Segment a = new Segment("s1", "d1", 0, 3, "省大数", "c1", List.of(Link.parse("event:e1"), Link.parse("tie:t1")),
                List.of("directive"), null, Map.of());
        Segment b = new Segment("s2", "d1", 3, 5, "据发", "c2", List.of(Link.parse("event:e1")), List.of(), null, Map.of());
        Coding c = Coding.of(List.of(new Coder("c1", "Li"), new Coder("c2", "Wang")), List.of(), List.of(), List.of(a, b));
        assertThat(c.segmentsFor(Link.parse("event:e1"))).containsExactly(a, b);
        assertThat(c.segmentsFor(Link.parse("tie:t1"))).containsExactly(a);
        assertThat(c.segmentsFor(Link.parse("event:e2"))).isEmpty();
        assertThat(Coding.empty().isEmpty()).isTrue();
        assertThat(c.isEmpty()).isFalse();
    }

    @Test
    void objectNamesFallBackAcrossLanguages() {
        CaseObject o = new CaseObject("platform:zlb", "Zheli Ban", null, "public", null, Map.of());
        assertThat(o.displayName(true)).isEqualTo("Zheli Ban");
        assertThat(new CaseObject("platform:x", null, "浙里办", null, null, null).displayName(false)).isEqualTo("浙里办");
        assertThat(new CaseObject("platform:x", null, null, null, null, null).displayName(true)).isEqualTo("platform:x");
        assertThat(o.ref()).isEqualTo(new ObjectRef("platform", "zlb"));
    }
}
