package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MasiDistanceTest {
    @Test
    void theFourMonotonicityCasesOfPassonneau2006() {
        assertThat(MasiDistance.distance(Set.of("a", "b"), Set.of("b", "a"))).isZero();
        // subset: J = 1/2, M = 2/3 → 1 − 1/3
        assertThat(MasiDistance.distance(Set.of("a"), Set.of("a", "b"))).isCloseTo(2.0 / 3, within(1e-12));
        // overlap, neither contains the other: J = 1/3, M = 1/3 → 1 − 1/9
        assertThat(MasiDistance.distance(Set.of("a", "b"), Set.of("b", "c"))).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(MasiDistance.distance(Set.of("a"), Set.of("c"))).isEqualTo(1.0);
        assertThat(MasiDistance.distance(Set.of(), Set.of())).isZero();
        assertThat(MasiDistance.distance(Set.of(), Set.of("a"))).isEqualTo(1.0);
    }

    @Test
    void symmetric() {
        assertThat(MasiDistance.distance(Set.of("a", "b", "c"), Set.of("c", "d")))
                .isEqualTo(MasiDistance.distance(Set.of("c", "d"), Set.of("a", "b", "c")));
    }
}
