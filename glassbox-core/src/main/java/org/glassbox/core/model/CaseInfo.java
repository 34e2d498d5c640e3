package org.glassbox.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What case.yaml says of the case.
 *
 * @param periodStart first year of the period, or null (then taken from the events)
 * @param periodEnd   last year of the period, or null
 * @param extra       unknown keys, kept as text
 */
public record CaseInfo(String id, String name, String nameZh, String level, String parent,
                       Integer periodStart, Integer periodEnd, List<Phase> phases, String description,
                       Map<String, String> extra) {
    public CaseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phases = Frozen.list(phases);
        extra = Frozen.map(extra);
    }

    public CaseInfo(String id, String name) {
        this(id, name, null, null, null, null, null, List.of(), null, Map.of());
    }
}
