package org.glassbox.core.analysis.period;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;
import org.glassbox.core.model.PartialDate;

/**
 * A period of a case: from the start of {@code start} to the end of {@code end}. An event belongs
 * to the period that holds the start of its (partial) date; events whose date span also reaches
 * into a neighbouring period are listed in {@code straddling}, so that no order is claimed that
 * the coding does not support.
 *
 * @param id         {@code 2016} for a year, the case.yaml id for a coded phase, {@code p1…} for detected ones
 * @param name       human name, e.g. {@code 2016} or {@code Launch}
 * @param events     number of events in the period
 * @param straddling ids of the period's events whose date span extends past its end
 */
public record Period(String id, String name, PeriodKind kind, PartialDate start, PartialDate end,
                     int events, List<String> straddling) {
    public Period {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (events < 0) {
            throw new IllegalArgumentException("events < 0");
        }
        straddling = Frozen.list(straddling);
    }

    public long startMillis() {
        return start.startMillis();
    }

    public long endMillisExclusive() {
        return end.endMillisExclusive();
    }
}
