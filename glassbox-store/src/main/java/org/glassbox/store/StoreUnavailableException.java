package org.glassbox.store;

/** The database cannot be reached (down, restarting, pool exhausted); nothing was written. */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
