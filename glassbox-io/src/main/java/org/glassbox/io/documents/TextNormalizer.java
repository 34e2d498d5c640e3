package org.glassbox.io.documents;

import java.text.Normalizer;

/**
 * The one normalisation every imported text gets: line ends CR LF, CR, U+2028 and U+2029 become LF; the
 * byte-order mark U+FEFF and every control character (Unicode category Cc) but LF and tab are removed, a
 * lone surrogate becomes U+FFFD; then Unicode NFC. {@link #tidy} adds, for the formats whose line breaks
 * the import made (HTML, PDF, docx): no trailing blanks on a line, at most one blank line in a row, none at
 * the start or the end.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The normalised text and how many characters were removed. */
    record Normalized(String text, int removed) {
    }

    static Normalized normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int removed = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                sb.append('\n');
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\uFEFF' || Character.getType(c) == Character.CONTROL) {
                removed++;
            } else if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                sb.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return new Normalized(Normalizer.normalize(sb, Normalizer.Form.NFC), removed);
    }

    /** Trailing blanks off every line, runs of blank lines down to one, no blank line at either end. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = stripTrailing(line);
            if (l.isBlank()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.toString();
    }

    /** Strips trailing spaces and tabs, and the ideographic space U+3000 and no-break space, as blanks. */
    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0) {
            char c = line.charAt(end - 1);
            if (c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0') {
                end--;
            } else {
                break;
            }
        }
        return line.substring(0, end);
    }

    /** The UTF-16 index of the first character an imported text must not hold, or -1. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (c == '\r' || c == '\uFEFF' || Character.getType(c) == Character.CONTROL) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
