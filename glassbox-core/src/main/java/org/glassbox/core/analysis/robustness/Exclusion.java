package org.glassbox.core.analysis.robustness;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * A data-side sensitivity run: the analysis re-run without the events and ties whose extra column
 * {@code column} holds {@code value} (e.g. {@code confidence=low}), and which verdicts survive.
 *
 * @param column         the extra column of events.csv / ties.csv
 * @param value          the value whose rows are left out
 * @param eventsExcluded events left out
 * @param tiesExcluded   ties left out
 * @param verdicts       each verdict: its word with and without the rows
 * @param survived       share of the verdicts whose word is unchanged, in [0, 1]
 */
public record Exclusion(String column, String value, int eventsExcluded, int tiesExcluded, List<Outcome> verdicts, double survived) {
    public Exclusion {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        verdicts = Frozen.list(verdicts);
    }

    /** One verdict with and without the rows. */
    public record Outcome(String verdict, String base, String without) {
        public Outcome {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(without, "without");
        }

        public boolean survives() {
            return base.equals(without);
        }
    }
}
