package org.glassbox.server.search;

/**
 * Converts between char (UTF-16) offsets, which Java strings and Lucene count, and Unicode code
 * point offsets, which case format 1.1 counts. Identity for a text without surrogate pairs; else
 * one table each way, built once per text.
 */
final class CodePoints {
    private final int length;
    private final int[] charToCp;
    private final int[] cpToChar;

    CodePoints(String text) {
        int n = text.length();
        length = text.codePointCount(0, n);
        if (length == n) {
            charToCp = null;
            cpToChar = null;
            return;
        }
        charToCp = new int[n + 1];
        cpToChar = new int[length + 1];
        int cp = 0;
        for (int i = 0; i < n; i++) {
            charToCp[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cpToChar[cp] = i;
                cp++;
            } else {
                charToCp[i] = cp - 1;
            }
        }
        charToCp[n] = length;
        cpToChar[length] = n;
    }

    /** The code-point offset of char offset {@code ch}. */
    int at(int ch) {
        return charToCp == null ? ch : charToCp[ch];
    }

    /** The char offset of code-point offset {@code cp}. */
    int charAt(int cp) {
        return cpToChar == null ? cp : cpToChar[cp];
    }

    int length() {
        return length;
    }
}
