package org.glassbox.core.process;

/**
 * What organisational mining does with events that have no resource (pm4py crashes on them).
 */
public enum MissingResource {
    /**
     * They count as one resource named {@value ProcessMining#MISSING_RESOURCE}, exactly as pm4py
     * after {@code fillna("__missing__")}: every value stays comparable to pm4py's. The default.
     */
    AS_NODE,
    /**
     * They are left out: a handover needs both events to have a resource, and the denominator is
     * the number of pairs counted; working together ignores them.
     */
    SKIP
}
