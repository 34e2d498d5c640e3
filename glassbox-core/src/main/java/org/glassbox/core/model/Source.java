package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/** A piece of evidence that rows cite (sources.csv). kind: document, interview, news, statistic, observation. */
public record Source(String id, String title, String kind, PartialDate date, String url, String quote,
                     Map<String, String> attributes) {
    public Source {
        Objects.requireNonNull(id, "id");
        attributes = Frozen.map(attributes);
    }
}
