package org.glassbox.core.agreement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
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
        // a4=b4 was matched on its type (contract = contract by construction): not a unit of the type's coefficients
        assertThat(type.units()).isEqualTo(3);
        assertThat(r.leftOut("type")).isEqualTo(new LeftOut("type", 1, 0));
        assertThat(type.coders()).isEqualTo(2);
        // types agree on 2 of 3 units
        assertThat(type.percent()).isCloseTo(2.0 / 3, within(1e-12));
        // κ: A = directive, procurement, meeting; B = directive, contract, meeting.
        // p_o = 2/3; p_e = (1·1 + 1·0 + 1·1 + 0·1)/9 = 2/9; κ = (2/3 − 2/9)/(1 − 2/9) = 4/7
        assertThat(type.cohenKappa()).isCloseTo(4.0 / 7, within(1e-12));
        // α nominal: n = 6, values directive 2, procurement 1, contract 1, meeting 2; Σ n_c² = 4 + 1 + 1 + 4 = 10;
        // off-diagonal coincidences 2 (procurement–contract both ways): α = 1 − 5·2/(36 − 10) = 1 − 10/26
        assertThat(type.krippendorffAlpha()).isCloseTo(1 - 10.0 / 26, within(1e-12));
        assertThat(type.ci95()).isNotNull();
        assertThat(field(r, "date_precision").level()).isEqualTo(Level.ORDINAL);
        assertThat(field(r, "date_precision").cohenKappa()).isNull();
        FieldAgreement targets = field(r, "targets");
        assertThat(targets.level()).isEqualTo(Level.MASI);
        // targets are no part of the matching key: a4=b4 counts
        assertThat(targets.units()).isEqualTo(4);
        assertThat(r.leftOut("targets")).isEqualTo(new LeftOut("targets", 0, 0));
        assertThat(targets.percent()).isEqualTo(0.75);
        // the mechanism is resolved by the codebook: procurement and contract are both market (a4=b4's blank
        // mechanisms are the default of the type it was matched on, left out)
        assertThat(field(r, "mechanism").percent()).isEqualTo(1.0);
        assertThat(field(r, "mechanism").units()).isEqualTo(3);
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

    /**
     * Coder C: A's first four events under other ids (x1…x4), x3 typed consultation where A has meeting, x2 without
     * targets. The reviewer's reproduction: e1=x1, e2=x2, e4=x4 are matched by date + initiator + type, e3 and x3 not.
     */
    private static Case renamed() {
        return actors()
                .event("x1", "2015-03", "directive", "gov", "dept", "")
                .event("x2", "2016", "procurement", "dept", "", "")
                .event("x3", "2017-05-01", "consultation", "gov", "dept;firm", "")
                .event("x4", "2018", "contract", "dept", "firm", "")
                .build();
    }

    @Test
    void theFieldsOfTheMatchingKeyAreNotScoredOnUnitsMatchedByThatKey() {
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "C"), List.of(a(), renamed()), 1);
        assertThat(r.matching().byDateInitiatorType()).isEqualTo(3);
        assertThat(r.matching().unmatched()).extracting(UnmatchedEvent::eventId).containsExactly("e3", "a5", "x3");
        // date, initiators and type agree by construction on e1=x1, e2=x2, a4=x4: none of them is evidence
        for (String key : List.of("type", "date", "date_precision", "initiator")) {
            FieldAgreement f = field(r, key);
            assertThat(f.units()).as(key).isZero();
            assertThat(f.percent()).as(key).isNaN();
            assertThat(f.krippendorffAlpha()).as(key).isNaN();
            assertThat(f.ci95()).as(key).isNull();
        }
        // blank mechanisms are the type's default: as much the key as the type
        assertThat(field(r, "mechanism").units()).isZero();
        // the other fields are coded independently of the key and still count: x2 has no targets
        FieldAgreement targets = field(r, "targets");
        assertThat(targets.units()).isEqualTo(3);
        assertThat(targets.percent()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(field(r, "participants").units()).isEqualTo(3);
    }

    @Test
    void saysPerFieldWhatWasLeftOutAndCountsTheEventsOnlyOneCoderCoded() {
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "C"), List.of(a(), renamed()), 1);
        for (String key : List.of("type", "mechanism", "date", "date_precision", "initiator")) {
            assertThat(r.leftOut(key)).as(key).isEqualTo(new LeftOut(key, 3, 0));
        }
        for (String other : List.of("targets", "participants", "objects")) {
            assertThat(r.leftOut(other)).as(other).isEqualTo(new LeftOut(other, 0, 0));
        }
        assertThat(r.leftOut()).extracting(LeftOut::field).containsExactlyElementsOf(
                r.fields().stream().map(FieldAgreement::field).toList());
        // the type meeting/consultation is a disagreement on whether e3 and x3 are one event: unitizing, not coding
        assertThat(r.matching().unitizingDisagreements()).isEqualTo(3);
        assertThat(r.disagreements()).extracting(Disagreement::unit, Disagreement::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e2=x2", "targets"));
        assertThat(r.allDisagreements()).isEqualTo(4);
    }

    @Test
    void whenEveryIdMatchesNothingIsLeftOutAndTheCoefficientsAreThoseOfTheReliabilityData() {
        Case b = actors()
                .event("e1", "2015-03", "directive", "gov", "dept", "")
                .event("e2", "2016", "contract", "dept", "firm", "")
                .event("e3", "2017-05", "meeting", "gov", "dept", "")
                .event("a4", "2018", "contract", "dept", "firm;gov", "", "", "administrative")
                .event("a5", "2019", "evaluation", "gov", "", "")
                .build();
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B"), List.of(a(), b), 7);
        assertThat(r.matching().byDateInitiatorType()).isZero();
        assertThat(r.matching().unitizingDisagreements()).isZero();
        assertThat(r.leftOut()).allSatisfy(l -> assertThat(l.units() + l.values()).as(l.field()).isZero());
        List<String> units = List.of("e1", "e2", "e3", "a4", "a5");
        // every coefficient as FieldAgreement computes it on the fields' values, unit by unit
        assertThat(field(r, "type")).isEqualTo(FieldAgreement.of("type", Level.NOMINAL, new org.glassbox.core.agreement.ReliabilityData<>(
                List.of("A", "B"), units, List.of(List.of("directive", "directive"), List.of("procurement", "contract"),
                List.of("meeting", "meeting"), List.of("contract", "contract"), List.of("evaluation", "evaluation"))), 7));
        assertThat(field(r, "mechanism")).isEqualTo(FieldAgreement.of("mechanism", Level.NOMINAL, new org.glassbox.core.agreement.ReliabilityData<>(
                List.of("A", "B"), units, List.of(List.of("administrative", "administrative"), List.of("market", "market"),
                List.of("collaborative", "collaborative"), List.of("market", "administrative"),
                List.of("administrative", "administrative"))), 7));
        assertThat(field(r, "date")).isEqualTo(FieldAgreement.of("date", Level.NOMINAL, new org.glassbox.core.agreement.ReliabilityData<>(
                List.of("A", "B"), units, List.of(List.of("2015-03", "2015-03"), List.of("2016", "2016"),
                List.of("2017-05-01", "2017-05"), List.of("2018", "2018"), List.of("2019", "2019"))), 7));
        List<List<Set<String>>> targets = List.of(List.of(Set.of("dept"), Set.of("dept")), List.of(Set.of("firm"), Set.of("firm")),
                List.of(Set.of("dept", "firm"), Set.of("dept")), List.of(Set.of("firm"), Set.of("firm", "gov")),
                List.of(Set.of(), Set.of()));
        assertThat(field(r, "targets")).isEqualTo(FieldAgreement.of("targets", Level.MASI,
                new org.glassbox.core.agreement.ReliabilityData<>(List.of("A", "B"), units, targets), 7));
        assertThat(field(r, "targets").units()).isEqualTo(5);
        assertThat(field(r, "targets").percent()).isCloseTo(3.0 / 5, within(1e-12));
    }

    @Test
    void aThirdCodersEventMatchedByKeyToAnIdSharedByTwoLosesOnlyItsKeyValues() {
        Case c = actors()
                .event("z1", "2015-03", "directive", "gov", "dept;firm", "")
                .build();
        Case a = actors().event("e1", "2015-03", "directive", "gov", "dept", "").build();
        Case b = actors().event("e1", "2015-03", "directive", "gov", "dept", "").build();
        CaseAgreementReport r = CaseAgreement.compare(List.of("A", "B", "C"), List.of(a, b, c), 1);
        assertThat(r.matching().matched().get(0).eventIds()).containsExactly("e1", "e1", "z1");
        // A and B coded e1's type independently (matched by id): their pair counts; C's type was the key
        assertThat(field(r, "type").units()).isEqualTo(1);
        assertThat(r.leftOut("type")).isEqualTo(new LeftOut("type", 0, 1));
        assertThat(r.leftOut("targets")).isEqualTo(new LeftOut("targets", 0, 0));
        assertThat(r.disagreements()).extracting(Disagreement::field).containsExactly("targets");
    }

    @Test
    void needsTwoVersionsAndOneNameEach() {
        assertThatThrownBy(() -> CaseAgreement.compare(List.of("A"), List.of(a()), 1)).hasMessageStartingWith("versions:");
        assertThatThrownBy(() -> CaseAgreement.compare(List.of("A", "A"), List.of(a(), b()), 1)).hasMessageStartingWith("coders:");
    }
}
