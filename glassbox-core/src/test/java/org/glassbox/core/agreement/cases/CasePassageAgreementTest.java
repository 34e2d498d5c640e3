package org.glassbox.core.agreement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.core.agreement.CodedPassage;
import org.glassbox.core.agreement.PassageAgreement;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Segment;
import org.junit.jupiter.api.Test;

class CasePassageAgreementTest {
    static final String D1 = "0123456789";
    static final String D2 = "abcdef";

    static Segment seg(String id, String doc, int start, int end, String coder, String... codes) {
        String text = doc.equals("d1") ? D1 : D2;
        return new Segment(id, doc, start, end, text.substring(start, end), coder, List.of(), List.of(codes), null, Map.of());
    }

    static Case version(List<Segment> segs, String... coders) {
        List<Coder> cs = java.util.Arrays.stream(coders).map(c -> new Coder(c, null)).toList();
        return EmbeddingMeasureTest.embedded().build().withCoding(Coding.of(cs, List.of(), List.of(
                new Document("d1", "s1", "documents/d1.txt", null, null, false, D1, Map.of()),
                new Document("d2", "s1", "documents/d2.txt", null, null, false, D2, Map.of())), segs));
    }

    private static Map<String, Long> lengths() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("d1", 10L);
        m.put("d2", 6L);
        return m;
    }

    @Test
    void copiesUnderTheSameCoderIdAreOneCoderEachNamedAsTheVersion() {
        Case a = version(List.of(seg("s1", "d1", 0, 4, "me", "x"), seg("s2", "d2", 1, 5, "me", "y")), "me");
        Case b = version(List.of(seg("s1", "d1", 1, 4, "me", "x"), seg("s2", "d2", 2, 6, "me", "y")), "me");
        CasePassageAgreement r = CasePassageAgreement.of(List.of("coder-a", "coder-b"), List.of(a, b)).orElseThrow();
        assertThat(r.source()).isEqualTo(CasePassageAgreement.CoderSource.VERSIONS);
        assertThat(r.coders()).containsExactly("coder-a", "coder-b");
        PassageAgreement expected = PassageAgreement.ofDocuments(lengths(), List.of("coder-a", "coder-b"), List.of(
                new CodedPassage("d1", 0, 4, "coder-a", Set.of("x")), new CodedPassage("d2", 1, 5, "coder-a", Set.of("y")),
                new CodedPassage("d1", 1, 4, "coder-b", Set.of("x")), new CodedPassage("d2", 2, 6, "coder-b", Set.of("y"))));
        assertThat(r.agreement().codes()).isEqualTo(expected.codes());
        assertThat(r.agreement().length()).isEqualTo(16);
        // x: 3 shared code points of a union of 4; y: 3 of 5
        assertThat(r.agreement().codes().get(0).overlap()).isEqualTo(3 / 4.0);
        assertThat(r.agreement().codes().get(1).overlap()).isEqualTo(3 / 5.0);
    }

    @Test
    void distinctCoderIdsAreTheCodersAndAVersionWithoutPassagesFoundNothing() {
        Case a = version(List.of(seg("s1", "d1", 0, 4, "ann", "x")), "ann");
        Case b = version(List.of(seg("s1", "d1", 0, 4, "bo", "x")), "bo");
        CasePassageAgreement r = CasePassageAgreement.of(List.of("A", "B"), List.of(a, b)).orElseThrow();
        assertThat(r.source()).isEqualTo(CasePassageAgreement.CoderSource.CODER_IDS);
        assertThat(r.coders()).containsExactly("ann", "bo");
        assertThat(r.agreement().codes().get(0).overlap()).isEqualTo(1.0);
        assertThat(r.agreement().codes().get(0).binary().alpha()).isEqualTo(1.0);

        // one version with passages only: one coder id, so each version is a coder, B found nothing
        CasePassageAgreement one = CasePassageAgreement.of(List.of("A", "B"), List.of(a, version(List.of(), "bo"))).orElseThrow();
        assertThat(one.source()).isEqualTo(CasePassageAgreement.CoderSource.VERSIONS);
        assertThat(one.agreement().codes().get(0).overlap()).isZero();

        assertThat(CasePassageAgreement.of(List.of("A", "B"), List.of(version(List.of()), version(List.of())))).isEmpty();
    }

    @Test
    void aSharedDocumentOfAnotherLengthIsRefusedNamingIt() {
        Case a = version(List.of(seg("s1", "d1", 0, 4, "me", "x")), "me");
        Case b = EmbeddingMeasureTest.embedded().build().withCoding(Coding.of(List.of(new Coder("me", null)), List.of(),
                List.of(new Document("d1", "s1", "documents/d1.txt", null, null, false, "01234", Map.of())),
                List.of(new Segment("s1", "d1", 0, 4, "0123", "me", List.of(), List.of("x"), null, Map.of()))));
        assertThatThrownBy(() -> CasePassageAgreement.of(List.of("A", "B"), List.of(a, b)))
                .isInstanceOfSatisfying(AgreementException.class, e -> assertThat(e.parameter()).isEqualTo("versions"))
                .hasMessageContaining("document d1 has 10 code points in A but 5 in B");
    }
}
