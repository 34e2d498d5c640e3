package org.glassbox.store;

/**
 * A write that conflicts with the stored state: a stale {@code If-Match} version, an id that
 * exists already, or a revert of a change that a later change overwrote. {@code current} is the
 * stored row as it is now (null when there is none to show); nothing was written.
 */
public final class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient StoredRow current;

    public ConflictException(String message, StoredRow current) {
        super(message);
        this.current = current;
    }

    /** The row as stored now, or null. */
    public StoredRow current() {
        return current;
    }
}
