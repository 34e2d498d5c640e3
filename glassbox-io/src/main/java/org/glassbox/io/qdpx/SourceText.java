package org.glassbox.io.qdpx;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A source's text as another tool stored it, and the way to the text Glassbox stores (case format 1.1: NFC,
 * LF line ends, no byte-order mark) with every position carried along. Positions given in UTF-16 units are
 * first turned into code points of the raw text; then each position moves with the normalisation — a
 * leading byte-order mark is dropped, CR LF and lone CR become LF, each character with its combining marks
 * is composed (NFC). A position inside such a changed piece (between CR and LF, between a letter and its
 * mark) moves to the piece's start when it starts a passage and to its end when it ends one.
 */
final class SourceText {
    private final String raw;

    SourceText(String raw) {
        this.raw = raw;
    }

    String raw() {
        return raw;
    }

    int codePoints() {
        return raw.codePointCount(0, raw.length());
    }

    int utf16Units() {
        return raw.length();
    }

    /** True when some character lies outside the Basic Multilingual Plane (code points and UTF-16 units differ). */
    boolean hasSurrogatePairs() {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isHighSurrogate(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code pos} can be a UTF-16 position: inside the text and not between the halves of a pair. */
    boolean validUtf16(long pos) {
        if (pos < 0 || pos > raw.length()) {
            return false;
        }
        int p = (int) pos;
        return p == 0 || p == raw.length()
                || !(Character.isHighSurrogate(raw.charAt(p - 1)) && Character.isLowSurrogate(raw.charAt(p)));
    }

    boolean validCodePoint(long pos) {
        return pos >= 0 && pos <= codePoints();
    }

    /** UTF-16 position {@code pos} (valid) as a code-point position of the raw text. */
    int codePointOf(int pos) {
        return raw.codePointCount(0, pos);
    }

    /** The text normalised, and where raw code-point positions land in it. */
    record Normalised(String text, int[] queries, int[] asStart, int[] asEnd, boolean moved) {
        /** Where raw position {@code q} (one of the queries) lands as a passage's start. */
        int start(int q) {
            return asStart[Arrays.binarySearch(queries, q)];
        }

        int end(int q) {
            return asEnd[Arrays.binarySearch(queries, q)];
        }
    }

    /**
     * Normalises the text and maps {@code positions} (code points of the raw text, each within it).
     */
    Normalised normalise(int[] positions) {
        int[] q = Arrays.stream(positions).distinct().sorted().toArray();
        int[] asStart = new int[q.length];
        int[] asEnd = new int[q.length];
        boolean clean = !raw.startsWith("\uFEFF") && raw.indexOf('\r') < 0
                && Normalizer.isNormalized(raw, Normalizer.Form.NFC);
        if (clean) {
            return new Normalised(raw, q, q.clone(), q.clone(), false);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int rawCp = 0;     // code points of raw consumed
        int outCp = 0;     // code points written
        int k = 0;         // next query
        boolean moved = false;
        int i = 0;
        while (i < raw.length()) {
            int start = i;
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            String piece;
            if (start == 0 && c == 0xFEFF) {
                piece = "";
            } else if (c == '\r') {
                if (i < raw.length() && raw.charAt(i) == '\n') {
                    i++;
                }
                piece = "\n";
            } else {
                while (i < raw.length()) {
                    int n = raw.codePointAt(i);
                    if (!combines(n)) {
                        break;
                    }
                    i += Character.charCount(n);
                }
                String cluster = raw.substring(start, i);
                piece = Normalizer.isNormalized(cluster, Normalizer.Form.NFC) ? cluster
                        : Normalizer.normalize(cluster, Normalizer.Form.NFC);
            }
            String original = raw.substring(start, i);
            int rawLen = original.codePointCount(0, original.length());
            int outLen = piece.codePointCount(0, piece.length());
            boolean same = piece.equals(original);
            while (k < q.length && q[k] < rawCp + rawLen) {
                int d = q[k] - rawCp;
                if (same) {
                    asStart[k] = outCp + d;
                    asEnd[k] = outCp + d;
                } else {
                    asStart[k] = outCp;
                    asEnd[k] = d == 0 ? outCp : outCp + outLen;
                    moved |= d != 0;
                }
                k++;
            }
            out.append(piece);
            rawCp += rawLen;
            outCp += outLen;
        }
        while (k < q.length) {
            asStart[k] = outCp;
            asEnd[k] = outCp;
            k++;
        }
        return new Normalised(out.toString(), q, asStart, asEnd, moved);
    }

    /** Code points NFC may compose with what precedes them: combining marks, Hangul vowel and final jamo. */
    private static boolean combines(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
                || (c >= 0x1160 && c <= 0x11FF) || (c >= 0x3099 && c <= 0x309A);
    }
}
