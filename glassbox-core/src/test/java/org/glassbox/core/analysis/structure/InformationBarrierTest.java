package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InformationBarrierTest {

    @Test
    void directAndOneHubConnectionsCount() {
        // departments 0..3 on level 0, 5 on level 1; hub 4. 0–1 direct; 2–4–3 through the hub; 5–4 other level
        int[] dept = {0, 0, 0, 0, -1, 1};
        InformationBarrier b = new InformationBarrier(6, dept, new int[] {0, 2, 3, 5}, new int[] {1, 4, 4, 4});
        assertThat(b.sameLevelPairs()).isEqualTo(6);
        assertThat(b.connectedPairs()).isEqualTo(2);
        assertThat(b.index()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void twoHopsThroughADepartmentCountsAsOneHub() {
        int[] dept = {0, 0, 0};
        InformationBarrier b = new InformationBarrier(3, dept, new int[] {0, 1}, new int[] {1, 2});
        assertThat(b.connectedPairs()).isEqualTo(3);
        assertThat(b.index()).isZero();
    }

    @Test
    void noPairsMeansNoBarrier() {
        InformationBarrier b = new InformationBarrier(2, new int[] {0, -1}, new int[0], new int[0]);
        assertThat(b.sameLevelPairs()).isZero();
        assertThat(b.index()).isZero();
    }
}
