package org.glassbox.report;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The labels and sentence patterns of one language, from {@code messages.properties} (English)
 * and {@code messages_zh.properties} (UTF-8). Patterns use {@code {0}}, {@code {1}}… and nothing
 * else of MessageFormat, so apostrophes need no escaping. A missing key is a programming error;
 * {@link #label(String, String)} is for data-driven keys (sectors, tie types) that may be unknown.
 */
final class Messages {
    private static final String BUNDLE = "org.glassbox.report.messages";
    private final Map<String, String> entries;

    private Messages(Map<String, String> entries) {
        this.entries = entries;
    }

    static Messages of(Language language) {
        Locale locale = language == Language.ZH ? Locale.CHINESE : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new TreeMap<>();
        for (String k : b.keySet()) {
            m.put(k, b.getString(k));
        }
        return new Messages(Collections.unmodifiableMap(m));
    }

    /** The text of {@code key}. */
    String get(String key) {
        String v = entries.get(key);
        if (v == null) {
            throw new MissingResourceException("no message " + key, BUNDLE, key);
        }
        return v;
    }

    /** The pattern of {@code key} with {@code {i}} replaced by {@code args[i]}. */
    String format(String key, Object... args) {
        return fill(get(key), args);
    }

    /** The text of {@code prefix.word}, or {@code word} itself when the bundle has none (codebook extensions). */
    String label(String prefix, String word) {
        if (word == null) {
            return "";
        }
        String v = entries.get(prefix + "." + word);
        return v == null ? word : v;
    }

    /**
     * A verdict value in this language: {@code matrix}, {@code de-embedded}, {@code market}…, and
     * sequences written {@code a → b → c}; unknown words stay as they are.
     */
    String value(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(" → ")) {
            return String.join(" → ", java.util.Arrays.stream(value.split(" → ")).map(this::value).toList());
        }
        for (String prefix : new String[] {"model", "structure", "trajectory", "mechanism"}) {
            String v = entries.get(prefix + "." + value);
            if (v != null) {
                return v;
            }
        }
        return value;
    }

    /**
     * What a comparison's aspect names ({@code model.verdict}, {@code embedding.coDecision},
     * {@code formalism.copy-without-diagnosis}…) in this language.
     */
    String aspect(String aspect) {
        String v = entries.get("aspect." + aspect);
        if (v != null) {
            return v;
        }
        int dot = aspect.indexOf('.');
        String head = dot < 0 ? "" : aspect.substring(0, dot);
        String tail = dot < 0 ? aspect : aspect.substring(dot + 1);
        if (head.equals("formalism") && entries.containsKey("diagnostic." + tail)) {
            return entries.get("diagnostic." + tail);
        }
        if (head.equals("embedding") && tail.equals("index")) {
            return entries.get("metric.index");
        }
        return label("metric", tail);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Every entry, for the report's script. */
    Map<String, String> all() {
        return entries;
    }

    static String fill(String pattern, Object... args) {
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3) {
                String n = pattern.substring(i + 1, close);
                if (n.chars().allMatch(Character::isDigit)) {
                    int k = Integer.parseInt(n);
                    sb.append(k < args.length ? String.valueOf(args[k]) : "{" + n + "}");
                    i = close;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
