package org.glassbox.core.analysis.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.model.Mechanism;
import org.junit.jupiter.api.Test;

class MechanismCountTest {

    @Test
    void countsResolvedMechanismsAndLeavesNoneOutOfTheShares() {
        CaseFacts f = CaseFixture.of().actor("a", "government")
                .event("e1", "2020", "directive", "a", "", "")
                .event("e2", "2020", "plan", "a", "", "")
                .event("e3", "2020", "procurement", "a", "", "")
                .event("e4", "2020", "platform-launch", "a", "", "")
                .event("e5", "2020", "platform-launch", "a", "", "", "", "collaborative")
                .facts();
        MechanismMix m = MechanismCount.of(f, new int[] {0, 1, 2, 3, 4});
        assertThat(m.administrative()).isEqualTo(2);
        assertThat(m.market()).isEqualTo(1);
        assertThat(m.collaborative()).isEqualTo(1);
        assertThat(m.none()).isEqualTo(1);
        assertThat(m.administrativeShare()).isEqualTo(0.5);
        assertThat(m.marketShare()).isEqualTo(0.25);
        assertThat(m.dominant()).isEqualTo(Mechanism.ADMINISTRATIVE);
    }

    @Test
    void tiesBreakTowardsAdministrativeAndEmptyIsNone() {
        CaseFacts f = CaseFixture.of().actor("a", "government")
                .event("e1", "2020", "procurement", "a", "", "")
                .event("e2", "2020", "meeting", "a", "", "").facts();
        assertThat(MechanismCount.of(f, new int[] {0, 1}).dominant()).isEqualTo(Mechanism.MARKET);
        assertThat(MechanismCount.of(f, new int[0]).dominant()).isEqualTo(Mechanism.NONE);
    }
}
