package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ties of a case, columnar: endpoints as actor codes (the case's actor order), type codes,
 * validity as [start, end) in UTC epoch milliseconds — an open start is {@link Long#MIN_VALUE},
 * an open end {@link Long#MAX_VALUE}; a partial end date covers its whole span (a tie ending
 * {@code 2019} is valid through 31 December 2019).
 */
public final class TieTable {
    private final int size;
    private final String[] ids;
    private final Dictionary actors;
    private final int[] from;
    private final int[] to;
    private final Dictionary types;
    private final int[] type;
    private final long[] start;
    private final long[] end;
    private final PartialDate[] startDate;
    private final PartialDate[] endDate;
    private final String[] source;
    private final List<Map<String, String>> attributes;
    private final int[] byStart;
    private final long[] sortedStart;

    private TieTable(List<Tie> ties, Dictionary actors) {
        this.actors = actors;
        size = ties.size();
        ids = new String[size];
        from = new int[size];
        to = new int[size];
        Dictionary t = new Dictionary();
        type = new int[size];
        start = new long[size];
        end = new long[size];
        startDate = new PartialDate[size];
        endDate = new PartialDate[size];
        source = new String[size];
        List<Map<String, String>> attrs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Tie tie = ties.get(i);
            ids[i] = tie.id();
            from[i] = requireActor(tie.from(), tie);
            to[i] = requireActor(tie.to(), tie);
            type[i] = t.intern(tie.type());
            startDate[i] = tie.start();
            endDate[i] = tie.end();
            start[i] = tie.start() == null ? Long.MIN_VALUE : tie.start().startMillis();
            end[i] = tie.end() == null ? Long.MAX_VALUE : tie.end().endMillisExclusive();
            source[i] = tie.source();
            attrs.add(tie.attributes());
        }
        types = t.freeze();
        attributes = Collections.unmodifiableList(attrs);
        byStart = TimeSort.stableOrder(start);
        sortedStart = new long[size];
        for (int i = 0; i < size; i++) {
            sortedStart[i] = start[byStart[i]];
        }
    }

    private int requireActor(String id, Tie tie) {
        int c = actors.code(id);
        if (c < 0) {
            throw new IllegalArgumentException("tie " + tie.id() + " names unknown actor " + id);
        }
        return c;
    }

    /** Ties between actors of the (frozen) dictionary; every endpoint must be in it. */
    public static TieTable of(List<Tie> ties, Dictionary actors) {
        return new TieTable(ties, actors.freeze());
    }

    public int size() {
        return size;
    }

    public String id(int i) {
        return ids[i];
    }

    public int from(int i) {
        return from[i];
    }

    public int to(int i) {
        return to[i];
    }

    public int type(int i) {
        return type[i];
    }

    public Dictionary types() {
        return types;
    }

    public String typeName(int i) {
        return types.value(type[i]);
    }

    public long startMillis(int i) {
        return start[i];
    }

    public long endMillisExclusive(int i) {
        return end[i];
    }

    /** True when tie i is valid at some instant of [from, to). */
    public boolean validDuring(int i, long fromMillis, long toExclusive) {
        return start[i] < toExclusive && end[i] > fromMillis;
    }

    /** Ties valid at some instant of [from, to), in order of their start. */
    public int[] validDuring(long fromMillis, long toExclusive) {
        int lo = TimeSort.lowerBound(sortedStart, toExclusive); // ties starting before the window ends
        int[] out = new int[lo];
        int n = 0;
        for (int r = 0; r < lo; r++) {
            int i = byStart[r];
            if (end[i] > fromMillis) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Ties valid at instant t. */
    public int[] validAt(long t) {
        return validDuring(t, t + 1);
    }

    /** A record view of tie i. */
    public Tie tie(int i) {
        return new Tie(ids[i], actors.value(from[i]), actors.value(to[i]), typeName(i), startDate[i], endDate[i],
                source[i], attributes.get(i));
    }

    public List<Tie> ties() {
        List<Tie> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(tie(i));
        }
        return out;
    }

    /** Extra columns of tie i, in file order. */
    public Map<String, String> attributes(int i) {
        return attributes.get(i) == null ? Map.of() : new LinkedHashMap<>(attributes.get(i));
    }
}
