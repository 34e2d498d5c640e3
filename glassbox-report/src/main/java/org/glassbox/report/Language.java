package org.glassbox.report;

import java.util.Locale;

/** The language every label and generated sentence of a report is written in. */
public enum Language {
    EN, ZH;

    /** {@code en} or {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code en} or {@code zh} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Language parse(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown report language '" + code + "'; expected en or zh");
    }
}
