package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.model.Case;

/** Field-for-field comparison of two cases. */
final class CaseAssert {
    private CaseAssert() {
    }

    static void assertSameCase(Case actual, Case expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        assertThat(actual.actors()).isEqualTo(expected.actors());
        assertThat(actual.ties().ties()).isEqualTo(expected.ties().ties());
        assertThat(actual.events().size()).isEqualTo(expected.events().size());
        for (int i = 0; i < expected.events().size(); i++) {
            assertThat(actual.events().event(i)).as("event %d", i).isEqualTo(expected.events().event(i));
            assertThat(actual.mechanism(i)).isEqualTo(expected.mechanism(i));
        }
        assertThat(actual.indicators()).isEqualTo(expected.indicators());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.codebook()).isEqualTo(expected.codebook());
    }
}
