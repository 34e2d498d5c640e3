package org.glassbox.cli.process;

import java.util.Locale;

/** Durations as the process commands print them (the JSON is {@link org.glassbox.io.json.ProcessJson}'s, in seconds). */
final class DurationText {
    private DurationText() {
    }

    /** A duration in seconds as "3d 4h", "2h 5m", "12m 3s", "4.2s"; NaN as "-". */
    static String of(double s) {
        if (Double.isNaN(s)) {
            return "-";
        }
        double a = Math.abs(s);
        String sign = s < 0 ? "-" : "";
        if (a >= 86400) {
            return sign + (long) (a / 86400) + "d " + (long) (a % 86400 / 3600) + "h";
        }
        if (a >= 3600) {
            return sign + (long) (a / 3600) + "h " + (long) (a % 3600 / 60) + "m";
        }
        if (a >= 60) {
            return sign + (long) (a / 60) + "m " + (long) (a % 60) + "s";
        }
        return sign + String.format(Locale.ROOT, "%.1fs", a);
    }
}
