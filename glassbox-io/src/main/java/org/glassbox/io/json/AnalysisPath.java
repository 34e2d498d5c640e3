package org.glassbox.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A dotted path naming one value in the JSON that {@link AnalysisJson#tree} writes for a case
 * ({@code glassbox.analysis/1}, docs/json.md), e.g. {@code lastPhase.embedding.index} or
 * {@code formalism.diagnostics[id=people-centredness].score}.
 *
 * <p>Syntax: keys separated by dots; after a key, {@code [i]} picks an array element ({@code -1}
 * or {@code last} the last, {@code first} the first), {@code [key=value]} the first element whose
 * {@code key} has that value, {@code ["a.b"]} an object key with dots. Shortcuts for the first
 * key: {@code lastPhase} = {@code phases[last]}, {@code firstPhase} = {@code phases[0]},
 * {@code lastYear} = {@code periods[last]}.
 *
 * <p>A key that does not exist names the nearest existing keys there, ranked by Levenshtein edit
 * distance (case ignored; ties alphabetically): Levenshtein, V. I. (1966), Binary codes capable
 * of correcting deletions, insertions, and reversals, <i>Soviet Physics Doklady</i> 10(8).
 *
 * <p>Complexity: parsing is linear in the path's length; resolving is linear in the number of
 * steps, plus the size of an array searched by {@code [key=value]} and, on a miss, the keys there
 * times the key lengths.
 */
public final class AnalysisPath {
    /** Keys proposed when a key is missing. */
    static final int NEAREST = 5;

    /**
     * One step: an object key, an array index (negative from the end), or the first array element
     * whose {@code matchKey} has {@code matchValue}; {@code text} is how it reads in a location.
     */
    public record Step(String key, Integer index, String matchKey, String matchValue, String text) {
        public Step {
            Objects.requireNonNull(text, "text");
            int kinds = (key != null ? 1 : 0) + (index != null ? 1 : 0) + (matchKey != null ? 1 : 0);
            if (kinds != 1 || (matchKey == null) != (matchValue == null)) {
                throw new IllegalArgumentException("a step is exactly one of key, index or matchKey=matchValue");
            }
        }
    }

    private final String text;
    private final List<Step> steps;

    private AnalysisPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /** The steps, the shortcuts expanded. */
    public List<Step> steps() {
        return steps;
    }

    /** The object keys of the steps in order (the shortcuts expanded): {@code lastPhase.embedding.index} gives phases, embedding, index. */
    public List<String> keys() {
        List<String> l = new ArrayList<>();
        for (Step s : steps) {
            if (s.key() != null) {
                l.add(s.key());
            }
        }
        return l;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisPath p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Parses a path; a syntax error is an {@link AnalysisPathException} with its column. */
    public static AnalysisPath parse(String path) {
        Objects.requireNonNull(path, "path");
        List<Step> l = new ArrayList<>();
        int i = 0;
        int n = path.length();
        boolean first = true;
        while (i < n) {
            int start = i;
            while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            String key = path.substring(start, i).trim();
            if (key.isEmpty()) {
                throw new AnalysisPathException(path, start + 1, "empty key at column " + (start + 1));
            }
            if (first && key.equals("lastPhase")) {
                l.add(new Step("phases", null, null, null, "phases"));
                l.add(new Step(null, -1, null, null, "[last]"));
            } else if (first && key.equals("firstPhase")) {
                l.add(new Step("phases", null, null, null, "phases"));
                l.add(new Step(null, 0, null, null, "[0]"));
            } else if (first && key.equals("lastYear")) {
                l.add(new Step("periods", null, null, null, "periods"));
                l.add(new Step(null, -1, null, null, "[last]"));
            } else {
                l.add(new Step(key, null, null, null, key));
            }
            first = false;
            while (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new AnalysisPathException(path, i + 1, "'[' at column " + (i + 1) + " is not closed");
                }
                String sel = path.substring(i + 1, close).trim();
                String stepText = path.substring(i, close + 1);
                if (sel.length() >= 2 && (sel.charAt(0) == '"' || sel.charAt(0) == '\'') && sel.charAt(sel.length() - 1) == sel.charAt(0)) {
                    l.add(new Step(sel.substring(1, sel.length() - 1), null, null, null, stepText));
                } else if (sel.equals("last")) {
                    l.add(new Step(null, -1, null, null, stepText));
                } else if (sel.equals("first")) {
                    l.add(new Step(null, 0, null, null, stepText));
                } else if (sel.matches("-?[0-9]+")) {
                    l.add(new Step(null, Integer.parseInt(sel), null, null, stepText));
                } else if (sel.indexOf('=') > 0) {
                    l.add(new Step(null, null, sel.substring(0, sel.indexOf('=')).trim(), sel.substring(sel.indexOf('=') + 1).trim(), stepText));
                } else {
                    throw new AnalysisPathException(path, i + 1, "'" + stepText + "' at column " + (i + 1)
                            + " is not an index: use [2], [-1], [last], [first], [key=value] or [\"key\"]");
                }
                i = close + 1;
            }
            if (i < n) {
                if (path.charAt(i) != '.') {
                    throw new AnalysisPathException(path, i + 1, "expected '.' or '[' at column " + (i + 1));
                }
                i++;
                if (i == n) {
                    throw new AnalysisPathException(path, i, "the path ends with '.'");
                }
            }
        }
        if (l.isEmpty()) {
            throw new AnalysisPathException(path, 1, "empty path");
        }
        return new AnalysisPath(path, l);
    }

    /**
     * The node this path names in {@code root}. A step that does not apply is an
     * {@link AnalysisPathException} (column 0) saying where the path broke and what is there: for
     * a missing key the nearest keys, for an unmatched {@code [key=value]} the values present.
     */
    public JsonNode resolve(JsonNode root) {
        JsonNode node = root;
        StringBuilder where = new StringBuilder();
        for (Step s : steps) {
            String at = where.length() == 0 ? "the top level" : where.toString();
            if (s.key() != null) {
                if (!node.isObject()) {
                    throw new AnalysisPathException(text, 0, at + " is " + kind(node) + ", which has no key '" + s.key() + "'");
                }
                JsonNode next = node.get(s.key());
                if (next == null) {
                    List<String> near = nearest(s.key(), keys(node));
                    throw new AnalysisPathException(text, 0, "no key '" + s.key() + "' in " + at + "; nearest: " + String.join(", ", near)
                            + (keys(node).size() > near.size() ? " (keys there: " + String.join(", ", keys(node)) + ")" : ""));
                }
                node = next;
                where.append(where.length() == 0 || s.text().startsWith("[") ? "" : ".").append(s.text());
            } else if (s.index() != null) {
                if (!node.isArray()) {
                    throw new AnalysisPathException(text, 0, at + " is " + kind(node) + ", not an array, so " + s.text() + " does not apply"
                            + (node.isObject() ? "; keys there: " + String.join(", ", keys(node)) : ""));
                }
                int k = s.index() < 0 ? node.size() + s.index() : s.index();
                if (k < 0 || k >= node.size()) {
                    throw new AnalysisPathException(text, 0, at + " has " + node.size() + " elements; " + s.text() + " is out of range");
                }
                node = node.get(k);
                where.append(s.text());
            } else {
                if (!node.isArray()) {
                    throw new AnalysisPathException(text, 0, at + " is " + kind(node) + ", not an array, so " + s.text() + " does not apply");
                }
                JsonNode found = null;
                List<String> values = new ArrayList<>();
                for (JsonNode e : node) {
                    JsonNode v = e.get(s.matchKey());
                    if (v != null && v.isValueNode()) {
                        values.add(v.asText());
                        if (found == null && v.asText().equals(s.matchValue())) {
                            found = e;
                        }
                    }
                }
                if (found == null) {
                    throw new AnalysisPathException(text, 0, "no element of " + at + " has " + s.matchKey() + " = '" + s.matchValue() + "'"
                            + (values.isEmpty() ? " (its elements have no key '" + s.matchKey() + "')" : "; values there: " + String.join(", ", values)));
                }
                node = found;
                where.append(s.text());
            }
        }
        return node;
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isObject() ? "an object" : n.isNull() ? "null" : "the value " + n.asText();
    }

    /** The keys of an object node in order (empty for other nodes). */
    public static List<String> keys(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            l.add(it.next());
        }
        return l;
    }

    /** Up to five keys closest to {@code key} by edit distance (case ignored), nearest first, ties alphabetically. */
    static List<String> nearest(String key, List<String> keys) {
        String k = key.toLowerCase(Locale.ROOT);
        return keys.stream()
                .sorted(Comparator.comparingInt((String s) -> distance(k, s.toLowerCase(Locale.ROOT))).thenComparing(s -> s))
                .limit(NEAREST).toList();
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions turning a into b. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
