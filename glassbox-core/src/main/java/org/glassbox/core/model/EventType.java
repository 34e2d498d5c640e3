package org.glassbox.core.model;

import java.util.Objects;

/**
 * An event type of the codebook.
 *
 * @param category         structure, administrative, market, collaborative, delivery, diagnosis, learning, outcome, …
 * @param defaultMechanism the mechanism of an event whose mechanism column is blank
 * @param decision         whether co-decision is read from this type (plan, directive, approval, …)
 */
public record EventType(String name, String category, Mechanism defaultMechanism, boolean decision) {
    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultMechanism, "defaultMechanism");
    }
}
