package org.glassbox.io.qdpx;

import java.util.Locale;

/**
 * What a project's {@code startPosition}/{@code endPosition} count. QDA-XML 1.0 says "character" and tools
 * read that differently: Glassbox and QualCoder (Python strings) count Unicode code points, ATLAS.ti, NVivo
 * and MAXQDA (.NET and Delphi strings) UTF-16 code units. The two differ only in texts with characters
 * outside the Basic Multilingual Plane (a surrogate pair is one code point, two units).
 */
enum PositionUnit {
    CODE_POINTS("Unicode code points"),
    UTF16_UNITS("UTF-16 code units");

    private final String words;

    PositionUnit(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }

    /** The unit the project's Description states, or null when it states none. */
    static PositionUnit stated(String description) {
        if (description == null) {
            return null;
        }
        String d = description.toLowerCase(Locale.ROOT);
        if (d.contains("utf-16") || d.contains("utf16") || d.contains("code unit")) {
            return UTF16_UNITS;
        }
        if (d.contains("code point")) {
            return CODE_POINTS;
        }
        return null;
    }

    /** The unit the tool named by {@code origin} is known to count in, or null when Glassbox knows no such tool. */
    static PositionUnit ofTool(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.toLowerCase(Locale.ROOT);
        if (o.contains("atlas") || o.contains("nvivo") || o.contains("maxqda")) {
            return UTF16_UNITS;
        }
        if (o.contains("qualcoder") || o.contains("glassbox") || o.contains("taguette")) {
            return CODE_POINTS;
        }
        return null;
    }
}
