package org.glassbox.report;

/** How the timeline is split into swimlanes: one lane per sector, or one per actor. */
public enum Lanes {
    /** An event sits in the lane of its first initiator's sector (else first target's, else first participant's). */
    SECTOR,
    /** An event sits in the lane of its first initiator (else first target, else first participant). */
    ACTOR
}
