package org.glassbox.core.process;

import java.util.Objects;

/**
 * An activity's measures in the object-centric DFG: distinct events, distinct objects, and
 * (event, object) pairs; {@code objectType} is null for the type-independent measures.
 */
public record OcdfgActivity(String objectType, String activity, long events, long uniqueObjects, long totalObjects) {
    public OcdfgActivity {
        Objects.requireNonNull(activity, "activity");
    }
}
