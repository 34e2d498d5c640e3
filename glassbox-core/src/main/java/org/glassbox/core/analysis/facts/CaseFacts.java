package org.glassbox.core.analysis.facts;

import java.util.Arrays;
import java.util.List;
import org.glassbox.core.analysis.DocumentationCoverage;
import org.glassbox.core.analysis.Passage;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.TieTable;

/**
 * A case resolved once into the primitive arrays the analyses read in their hot loops: the side
 * of every actor, the resolved mechanism, category and decision flag of every event, the end of
 * every event's date span, the axis of every tie. Built by {@link Glassbox}; the analyses of the
 * sub-packages take it instead of re-reading the case.
 */
public final class CaseFacts {
    /** Side codes of {@link #side(int)}. */
    public static final byte GOVERNMENT = 0;
    public static final byte ENTERPRISE = 1;
    public static final byte OTHER = 2;

    private final Case kase;
    private final Codebook codebook;
    private final EventStore events;
    private final TieTable ties;
    private final byte[] side;
    private final boolean[] publicSector;
    private final byte[] mechanism;
    private final long[] endExclusive;
    private final String[] categoryOfType;
    private final boolean[] decisionType;
    private final byte[] axis;
    private final PassageIndex passages;

    /** Resolves {@code c} under {@code codebook} (the case's codebook with any overrides). */
    public CaseFacts(Case c, Codebook codebook) {
        this.kase = c;
        this.codebook = codebook;
        this.events = c.events();
        this.ties = c.ties();
        int na = c.actors().size();
        side = new byte[na];
        publicSector = new boolean[na];
        for (int i = 0; i < na; i++) {
            String sector = c.actor(i).sector();
            Side s = codebook.side(sector);
            side[i] = s == Side.GOVERNMENT ? GOVERNMENT : s == Side.ENTERPRISE ? ENTERPRISE : OTHER;
            publicSector[i] = "public".equals(sector);
        }
        int nt = events.types().size();
        categoryOfType = new String[nt];
        decisionType = new boolean[nt];
        Mechanism[] defaultMechanism = new Mechanism[nt];
        for (int t = 0; t < nt; t++) {
            EventType et = codebook.eventType(events.types().value(t));
            categoryOfType[t] = et == null ? "other" : et.category();
            decisionType[t] = et != null && et.decision();
            defaultMechanism[t] = et == null ? Mechanism.NONE : et.defaultMechanism();
        }
        int n = events.size();
        mechanism = new byte[n];
        endExclusive = new long[n];
        for (int i = 0; i < n; i++) {
            Mechanism coded = events.codedMechanism(i);
            mechanism[i] = (byte) (coded != null ? coded : defaultMechanism[events.type(i)]).ordinal();
            endExclusive[i] = spanEnd(events.time(i), events.precision(i));
        }
        passages = new PassageIndex(c.coding());
        axis = new byte[ties.size()];
        for (int i = 0; i < ties.size(); i++) {
            var tt = codebook.tieType(ties.typeName(i));
            axis[i] = (byte) (tt == null ? -1 : tt.axis().ordinal());
        }
    }

    private static long spanEnd(long start, Precision p) {
        if (start == EventStore.MISSING_TIME) {
            return EventStore.MISSING_TIME;
        }
        if (p == Precision.INSTANT) {
            return start + 1;
        }
        return PartialDate.fromMillis(start, p).endMillisExclusive();
    }

    public Case kase() {
        return kase;
    }

    public Codebook codebook() {
        return codebook;
    }

    public EventStore events() {
        return events;
    }

    public TieTable ties() {
        return ties;
    }

    public int actorCount() {
        return side.length;
    }

    /** {@link #GOVERNMENT}, {@link #ENTERPRISE} or {@link #OTHER}. */
    public byte side(int actor) {
        return side[actor];
    }

    /** Whether the actor is of sector {@code public} (citizens, service users). */
    public boolean isPublic(int actor) {
        return publicSector[actor];
    }

    /** The resolved mechanism of event i (coded, else its type's default). */
    public Mechanism mechanism(int event) {
        return Mechanism.values()[mechanism[event]];
    }

    public int mechanismOrdinal(int event) {
        return mechanism[event];
    }

    /** First instant after event i's date span (start + 1 year for a year-precise date, …). */
    public long endExclusive(int event) {
        return endExclusive[event];
    }

    public String category(int event) {
        return categoryOfType[events.type(event)];
    }

    public boolean isDecision(int event) {
        return decisionType[events.type(event)];
    }

    /** The axis of tie i, or null when its type is not in the codebook. */
    public Axis axis(int tie) {
        return axis[tie] < 0 ? null : Axis.values()[axis[tie]];
    }

    /** A copy of the event span ends (for change-point detection). */
    public long[] endsExclusive() {
        return Arrays.copyOf(endExclusive, endExclusive.length);
    }

    /**
     * The coded passages (case format 1.1) for the events {@code eventIds}, then the ties
     * {@code tieIds}, as {@link org.glassbox.core.analysis.Evidence} cites them; empty without passages.
     */
    public List<Passage> passages(List<String> eventIds, List<String> tieIds) {
        return passages.passages(eventIds, tieIds);
    }

    /** Whether the case has source documents (then every period has a {@link DocumentationCoverage}). */
    public boolean documented() {
        return passages.documented();
    }

    /** How many of the slice's events and ties have a coded passage; null when the case has no documents. */
    public DocumentationCoverage coverage(PeriodSlice s) {
        return passages.coverage(this, s);
    }
}
