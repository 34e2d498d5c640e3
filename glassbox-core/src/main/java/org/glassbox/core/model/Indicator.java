package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/** One observation of a performance series (indicators.csv). */
public record Indicator(PartialDate date, String indicator, double value, String unit, String source,
                        Map<String, String> attributes) {
    public Indicator {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(indicator, "indicator");
        attributes = Frozen.map(attributes);
    }
}
