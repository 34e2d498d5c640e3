package org.glassbox.store;

/** Something the store cannot do; the subclasses say why (the server maps each to one status). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
