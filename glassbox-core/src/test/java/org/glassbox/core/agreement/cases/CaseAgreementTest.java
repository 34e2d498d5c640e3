package org.glassbox.core.agreement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glassbox.core.agreement.FieldAgreement;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;

class CaseAgreementTest {

    private static CaseFixture actors() {
        return CaseFixture.of().actor("gov", "government").actor("dept", "government").actor("firm", "private-enterprise");
    }

    /** Coder A's version. */
    private static Case a() {
        return actors()
                .event("e1", "2015-03", "directive", "gov", "dept", "")
                .event("e2", "2016", "procurement", "dept", "firm", "")
                .event("e3", "2017-05-01", "meeting", "gov", "dept;firm", "")
                .event("a4", "2018", "contract", "dept", "firm", "")
                .event("a5", "2019", "evaluation", "gov", "", "")
                .build();
    }

    /** Coder B: e2 typed differently, e3 dated to the month, A's a4 as b4 (same date, initiator, type), no a5, an extra b6. */
    private static Case b() {
        return actors()
                .event("e1", "2015-03", "directive", "gov", "dept", "")
                .event("e2", "2016", "contract", "dept", "firm", "")
                .event("e3", "2017-05", "meeting", "gov", "dept", "")
                .event("b4", "2018", "contract", "dept", "firm", "")
                .event("b6", "2020", "upgrade", "firm", "", "")
                .build();
    }

    private static FieldAgreement field(CaseAgreementReport r, String name) {
        return r.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void matchesByIdThenByDateInitiatorAndTypeAndReportsTheRest() {
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B"), List.of(a(), b()), 1);
        EventMatching m = r.matching();
        assertThat(m.matched()).extracting(MatchedEvent::unit).containsExactly("e1", "e2", "e3", "a4=b4");
        assertThat(m.byId()).isEqualTo(3);
        assertThat(m.byDateInitiatorType()).isEqualTo(1);
        assertThat(m.matched().get(3).eventIds()).containsExactly("a4", "b4");
        assertThat(m.unmatched()).extracting(UnmatchedEvent::coder, UnmatchedEvent::eventId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "a5"), org.assertj.core.groups.Tuple.tuple("B", "b6"));
    }

    @Test
    void coefficientsPerFieldAtTheFieldsLevel() {
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B"), List.of(a(), b()), 1);
        FieldAgreement type = field(r, "type");
        assertThat(type.level()).isEqualTo(Level.NOMINAL);
        assertThat(type.units()).isEqualTo(4);
        assertThat(type.coders()).isEqualTo(2);
        // types agree on 3 of 4 units
        assertThat(type.percent()).isEqualTo(0.75);
        // κ: A = directive, procurement, meeting, contract; B = directive, contract, meeting, contract.
        // p_o = 3/4; p_e = (1·1 + 1·0 + 1·1 + 1·2)/16 = 4/16; κ = (0.75 − 0.25)/0.75 = 2/3
        assertThat(type.cohenKappa()).isCloseTo(2.0 / 3, within(1e-12));
        // α nominal: n = 8, values directive 2, procurement 1, contract 3, meeting 2; Σ n_c² = 4 + 1 + 9 + 4 = 18;
        // off-diagonal coincidences 2 (procurement–contract both ways): α = 1 − 7·2/(64 − 18) = 1 − 14/46
        assertThat(type.krippendorffAlpha()).isCloseTo(1 - 14.0 / 46, within(1e-12));
        assertThat(type.ci95()).isNotNull();
        assertThat(field(r, "date_precision").level()).isEqualTo(Level.ORDINAL);
        assertThat(field(r, "date_precision").cohenKappa()).isNull();
        FieldAgreement targets = field(r, "targets");
        assertThat(targets.level()).isEqualTo(Level.MASI);
        assertThat(targets.percent()).isEqualTo(0.75);
        // the mechanism is resolved by the codebook: procurement and contract are both market
        assertThat(field(r, "mechanism").percent()).isEqualTo(1.0);
        assertThat(r.fields()).extracting(FieldAgreement::field)
                .containsExactly("type", "mechanism", "date", "date_precision", "initiator", "targets", "participants", "objects");
    }

    @Test
    void listsEveryDisagreementWithEachCodersValue() {
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B"), List.of(a(), b()), 1);
        assertThat(r.disagreements()).extracting(Disagreement::unit, Disagreement::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e2", "type"),
                        org.assertj.core.groups.Tuple.tuple("e3", "date"),
                        org.assertj.core.groups.Tuple.tuple("e3", "date_precision"),
                        org.assertj.core.groups.Tuple.tuple("e3", "targets"));
        assertThat(r.disagreements().get(3).values()).containsExactly("dept;firm", "dept");
        assertThat(r.disagreements().get(2).values()).containsExactly("day", "month");
    }

    @Test
    void threeCodersLeaveMissingValuesWhereOneHasNoSuchEvent() {
        Case c = actors()
                .event("e1", "2015-03", "directive", "gov", "dept", "")
                .event("e3", "2017-05-01", "meeting", "gov", "dept;firm", "")
                .build();
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B", "C"), List.of(a(), b(), c), 1);
        MatchedEvent e2 = r.matching().matched().stream().filter(x -> x.unit().equals("e2")).findFirst().orElseThrow();
        assertThat(e2.eventIds()).containsExactly("e2", "e2", null);
        assertThat(field(r, "type").coders()).isEqualTo(3);
        assertThat(field(r, "type").cohenKappa()).isNull();
    }

    @Test
    void needsTwoVersionsAndOneNameEach() {
        assertThatThrownBy(() -> CaseAgreement.compare(List.of("A"), List.of(a()), 1)).hasMessageStartingWith("versions:");
        assertThatThrownBy(() -> CaseAgreement.compare(List.of("A", "A"), List.of(a(), b()), 1)).hasMessageStartingWith("coders:");
    }
}
