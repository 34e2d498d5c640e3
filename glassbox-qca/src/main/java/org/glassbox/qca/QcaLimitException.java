package org.glassbox.qca;

import java.util.function.UnaryOperator;

/**
 * A problem that is well posed but out of reach within the work limit of an exact algorithm
 * (e.g. a prime implicant chart whose minimum covers cannot be enumerated in time). The message
 * says what was too large and what to try; parameters are named in backquotes as in
 * {@link QcaInputException}.
 */
public final class QcaLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QcaLimitException(String message) {
        super(message);
    }

    /** The message with every backquoted parameter name replaced by {@code names.apply(name)}. */
    public String message(UnaryOperator<String> names) {
        return QcaInputException.names(getMessage(), names);
    }
}
