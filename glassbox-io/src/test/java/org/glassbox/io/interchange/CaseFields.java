package org.glassbox.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;

/** Field-for-field comparison of two cases: every record view and the codebook. */
final class CaseFields {
    private CaseFields() {
    }

    static List<Event> events(Case c) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < c.events().size(); i++) {
            out.add(c.events().event(i));
        }
        return out;
    }

    static void assertSameCase(Case back, Case original) {
        assertThat(back.info()).as("case info").isEqualTo(original.info());
        assertThat(back.actors()).as("actors").containsExactlyElementsOf(original.actors());
        assertThat(back.ties().ties()).as("ties").containsExactlyElementsOf(original.ties().ties());
        assertThat(events(back)).as("events").containsExactlyElementsOf(events(original));
        assertThat(back.indicators()).as("indicators").containsExactlyElementsOf(original.indicators());
        assertThat(back.sources()).as("sources").containsExactlyElementsOf(original.sources());
        assertThat(back.codebook()).as("codebook").isEqualTo(original.codebook());
        for (int i = 0; i < original.events().size(); i++) {
            assertThat(back.events().precision(i)).isEqualTo(original.events().precision(i));
            assertThat(back.events().time(i)).isEqualTo(original.events().time(i));
            assertThat(back.mechanism(i)).isEqualTo(original.mechanism(i));
        }
    }
}
