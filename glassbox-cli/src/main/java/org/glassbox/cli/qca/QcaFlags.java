package org.glassbox.cli.qca;

import java.util.Map;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.QcaLimitException;

/**
 * The command line's words for the QCA library's parameter names: the library names a parameter
 * in backquotes ({@code `inclCut`}), the command line shows its flag ({@code --incl-cut}).
 */
public final class QcaFlags {
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("inclCut", "--incl-cut"),
            Map.entry("nCut", "--n-cut"),
            Map.entry("priCut", "--pri-cut"),
            Map.entry("outcome", "--outcome"),
            Map.entry("conditions", "--conditions"),
            Map.entry("exclude", "--exclude"),
            Map.entry("dirExp", "--dir-exp"),
            Map.entry("includeRemainders", "--include ?"),
            Map.entry("sortBy", "--sort-by"),
            Map.entry("thresholds", "--thresholds"),
            Map.entry("idm", "--idm"),
            Map.entry("below", "--below"),
            Map.entry("above", "--above"),
            Map.entry("n", "--n"),
            Map.entry("theory", "--theory"),
            Map.entry("calibrate", "--calibrate"));

    private QcaFlags() {
    }

    /** The flag of a library parameter; a name without a flag (e.g. {@code expression}) as it is. */
    public static String flag(String parameter) {
        return FLAGS.getOrDefault(parameter, parameter);
    }

    /** The exception's message with flags for parameter names. */
    public static String message(QcaInputException e) {
        return e.message(QcaFlags::flag);
    }

    /** The exception's message with flags for parameter names. */
    public static String message(QcaLimitException e) {
        return e.message(QcaFlags::flag);
    }

    /** Any text in the library's convention with flags for parameter names. */
    public static String text(String message) {
        return QcaInputException.names(message, QcaFlags::flag);
    }
}
