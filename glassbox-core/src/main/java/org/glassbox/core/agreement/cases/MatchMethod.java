package org.glassbox.core.agreement.cases;

/** How the events of one unit were found to be the same event in the coders' versions. */
public enum MatchMethod {
    /** The same event id in every version that has the event. */
    ID,
    /** At least one version's event has another id and was matched by date, initiators and type. */
    DATE_INITIATOR_TYPE;

    /** The word used in files: {@code id}, {@code date+initiator+type}. */
    public String word() {
        return this == ID ? "id" : "date+initiator+type";
    }
}
