package org.glassbox.io.qdpx;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Identifiers made from another tool's names: NFC, letters (any script) and digits kept, runs of anything else
 * one {@code -}, ASCII letters in lower case, at most 64 characters — never blank, never with {@code ;} or
 * spaces, so they are ids of the case format and safe as file names; unique within one {@link Ids}.
 */
final class Ids {
    private final Set<String> used = new HashSet<>();
    private final String fallback;

    Ids(String fallback) {
        this.fallback = fallback;
    }

    /** {@code name} made safe, or the fallback with a number; with {@code -2}, {@code -3} … when taken. */
    String unique(String name) {
        String base = safe(name);
        if (base.isEmpty()) {
            base = fallback + "-" + (used.size() + 1);
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String safe(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c);
            } else {
                dash = true;
            }
        }
        String s = sb.toString();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.codePointCount(0, s.length()) > 64) {
            s = s.substring(0, s.offsetByCodePoints(0, 64));
        }
        return s;
    }
}
