package org.glassbox.io.caseformat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The known words nearest to a word that is not known, for "did you mean …?" hints after a typo.
 *
 * <p>Nearness is the optimal-string-alignment distance (the restricted Damerau–Levenshtein
 * distance): the fewest insertions, deletions, substitutions of one character and transpositions
 * of two adjacent characters that turn one word into the other (Damerau 1964, "A technique for
 * computer detection and correction of spelling errors", CACM 7(3); Levenshtein 1966), counted on
 * the words in lower case. A known word is suggested when its distance is at most
 * {@code max(1, min(3, length / 3))} of the longer word, so short words only admit one slip;
 * among several, the nearest come first, ties in the order the known words are given.
 */
public final class Suggestions {
    /** At most this many suggestions are named. */
    public static final int MAX = 3;
    /** Beyond this many known words no suggestion is looked for (a hint must not cost a scan of a huge case). */
    static final int MAX_KNOWN = 20_000;

    private Suggestions() {
    }

    /** The known words nearest to {@code word}, at most {@link #MAX}, nearest first; empty when none is near. */
    public static List<String> nearest(String word, Collection<String> known) {
        if (word == null || known.size() > MAX_KNOWN) {
            return List.of();
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        List<Integer> dist = new ArrayList<>();
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int limit = Math.max(1, Math.min(3, Math.max(w.length(), kl.length()) / 3));
            if (Math.abs(kl.length() - w.length()) > limit || k.equals(word)) {
                continue;
            }
            int d = distance(w, kl);
            if (d <= limit) {
                int at = 0;
                while (at < dist.size() && dist.get(at) <= d) {
                    at++;
                }
                words.add(at, k);
                dist.add(at, d);
            }
        }
        return List.copyOf(words.subList(0, Math.min(MAX, words.size())));
    }

    /** {@code "; did you mean 'a' or 'b'?"}, or "" when no known word is near. */
    public static String hint(String word, Collection<String> known) {
        List<String> n = nearest(word, known);
        if (n.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; did you mean ");
        for (int i = 0; i < n.size(); i++) {
            if (i > 0) {
                sb.append(i == n.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(n.get(i)).append('\'');
        }
        return sb.append('?').toString();
    }

    /** The optimal-string-alignment distance between {@code a} and {@code b} (see the class comment). */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
