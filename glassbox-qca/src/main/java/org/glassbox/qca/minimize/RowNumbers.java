package org.glassbox.qca.minimize;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An immutable list of truth-table row numbers backed by a {@code long[]} (no boxing until read). */
final class RowNumbers extends AbstractList<Long> implements RandomAccess {
    private final long[] values;

    RowNumbers(long[] values) {
        this.values = values.clone();
    }

    @Override
    public Long get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
