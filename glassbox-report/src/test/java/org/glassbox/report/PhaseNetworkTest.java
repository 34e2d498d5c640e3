package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Phase;
import org.junit.jupiter.api.Test;

class PhaseNetworkTest {
    private final Case kase = SampleCase.build();

    private List<String> ids(int[] codes) {
        return Arrays.stream(codes).mapToObj(c -> kase.actor(c).id()).sorted().toList();
    }

    private PhaseNetwork phase(int k) {
        Phase p = kase.info().phases().get(k);
        return new PhaseNetwork(kase, p.startMillis(), p.endMillisExclusive());
    }

    @Test
    void firstPhaseHoldsTheActorsOfItsEventsAndValidTiesAndNoDualAuthority() {
        PhaseNetwork n = phase(0);
        assertThat(ids(n.actors())).containsExactly("dsb", "edu", "gov", "hea", "pc", "plat", "pub", "tel");
        assertThat(Arrays.stream(n.ties()).mapToObj(kase.ties()::id).sorted())
                .containsExactly("t1", "t12", "t2", "t3", "t6", "t7");
        assertThat(n.dualAuthorityActors()).isEmpty();
    }

    @Test
    void secondPhaseMarksLineOrOwnershipPlusCrossCuttingAsDualAuthority() {
        PhaseNetwork n = phase(1);
        assertThat(ids(n.actors())).containsExactly("dsb", "edu", "gov", "hea", "jv", "lg", "pc", "plat", "pub", "uni");
        assertThat(n.dualAuthorityActors().stream().map(c -> kase.actor(c).id()).sorted())
                .containsExactly("edu", "hea", "jv");
        // the coordinator itself is under line authority only
        assertThat(n.dualAuthority(kase.actorCode("lg"))).isFalse();
    }

    @Test
    void aPeriodWithNothingInItIsEmpty() {
        long t = org.glassbox.core.model.PartialDate.parse("2030").startMillis();
        PhaseNetwork n = new PhaseNetwork(kase, t, t + 86_400_000L);
        // ties without an end are still valid; their endpoints are the only actors
        assertThat(ids(n.actors())).containsExactly("dsb", "edu", "gov", "hea", "jv", "lg", "pc", "plat");
        assertThat(n.dualAuthorityActors()).hasSize(3);
    }
}
