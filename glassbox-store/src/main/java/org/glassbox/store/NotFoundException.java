package org.glassbox.store;

/** No such user, project, case, row or change. {@code kind} names what was looked for, {@code id} its id. */
public final class NotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
