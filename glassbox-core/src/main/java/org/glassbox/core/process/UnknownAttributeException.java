package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;

/**
 * A log has no case or event attribute of the asked name: bad input, not a usage error (the name is
 * right for another log). Carries the names the log does have, nearest to the asked one first.
 */
public final class UnknownAttributeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String log;
    private final String attribute;
    private final List<String> known;

    public UnknownAttributeException(String log, String attribute, List<String> known) {
        super(message(log, attribute, known));
        this.log = Objects.requireNonNull(log, "log");
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.known = List.copyOf(known);
    }

    private static String message(String log, String attribute, List<String> known) {
        return log + ": no case or event attribute '" + attribute + "'; "
                + (known.isEmpty() ? "the log has no attributes besides case, activity, time and resource"
                : "known: " + String.join(", ", known));
    }

    /** The log's name. */
    public String log() {
        return log;
    }

    /** The attribute asked for. */
    public String attribute() {
        return attribute;
    }

    /** The log's case and event attribute names, nearest to {@link #attribute()} first. */
    public List<String> known() {
        return known;
    }

    /**
     * {@code names} ordered by nearness to {@code word}: the optimal-string-alignment distance (restricted
     * Damerau–Levenshtein: insertions, deletions, substitutions and transpositions of adjacent characters;
     * Damerau 1964, CACM 7(3)) on the lower-cased names, ties by name.
     */
    public static List<String> nearestFirst(String word, java.util.Collection<String> names) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return names.stream().distinct()
                .sorted(java.util.Comparator.<String>comparingInt(n -> distance(w, n.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
