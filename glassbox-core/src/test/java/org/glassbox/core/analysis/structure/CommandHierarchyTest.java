package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CommandHierarchyTest {

    @Test
    void treeHasDepthSpanAndFullHierarchy() {
        // 0 → 1 → {2, 3, 4}; 2 → 5
        CommandHierarchy h = new CommandHierarchy(6, new int[] {0, 1, 1, 1, 2}, new int[] {1, 2, 3, 4, 5});
        assertThat(h.depth()).isEqualTo(3);
        assertThat(h.meanSpanOfControl()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(h.maxSpanOfControl()).isEqualTo(3);
        assertThat(h.mutualPairs()).isZero();
        assertThat(h.reachablePairs()).isEqualTo(5 + 4 + 1);
        assertThat(h.krackhardtHierarchy()).isEqualTo(1.0);
    }

    @Test
    void cycleLowersKrackhardtHierarchy() {
        // 0 ↔ 1, 1 → 2: mutual {0,1}; reachable {0,1}, {0,2}, {1,2}
        CommandHierarchy h = new CommandHierarchy(3, new int[] {0, 1, 1}, new int[] {1, 0, 2});
        assertThat(h.mutualPairs()).isEqualTo(1);
        assertThat(h.reachablePairs()).isEqualTo(3);
        assertThat(h.krackhardtHierarchy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(h.depth()).isEqualTo(1);
    }

    @Test
    void emptyGraphIsZeroEverywhere() {
        CommandHierarchy h = new CommandHierarchy(4, new int[0], new int[0]);
        assertThat(h.depth()).isZero();
        assertThat(h.meanSpanOfControl()).isZero();
        assertThat(h.krackhardtHierarchy()).isZero();
    }

    @Test
    void duplicateEdgesAndSelfLoopsAreIgnored() {
        CommandHierarchy h = new CommandHierarchy(2, new int[] {0, 0, 1}, new int[] {1, 1, 1});
        assertThat(h.maxSpanOfControl()).isEqualTo(1);
        assertThat(h.depth()).isEqualTo(1);
    }
}
