package org.glassbox.io.ocel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * OCEL 2.0 timestamps: ISO 8601 with an offset or {@code Z} (converted to the true UTC instant,
 * unlike pm4py, which keeps the wall clock), without an offset (read as UTC, as pm4py does),
 * with a space instead of {@code T} (SQLite files), or a bare date (midnight UTC). Written as
 * UTC with {@code Z} and milliseconds.
 */
public final class OcelTime {
    private OcelTime() {
    }

    /** The epoch of OCEL's "initial value" attribute entries. */
    public static final long EPOCH = 0L;

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * Epoch milliseconds of {@code text}.
     *
     * @throws DateTimeParseException with what was expected
     */
    static long parse(String text) {
        long fast = fast(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        String s = text.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).toEpochDay() * 86_400_000L;
        }
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, Instant::from, LocalDateTime::from);
        if (t instanceof Instant i) {
            return i.toEpochMilli();
        }
        return ((LocalDateTime) t).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * The common shapes without java.time's slow optional-section parser:
     * {@code YYYY-MM-DD[T ]hh:mm[:ss[.fff…]][Z|±hh:mm|±hhmm|±hh]}; Long.MIN_VALUE when the text has
     * another shape (the general parser then decides).
     */
    static long fast(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        int i = 16;
        int second = 0;
        long millis = 0;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n) {
                return Long.MIN_VALUE;
            }
            second = digits(s, i + 1, i + 3);
            if (second < 0 || second > 59) {
                return Long.MIN_VALUE;
            }
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                long scale = 100;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    millis += (s.charAt(i) - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == start) {
                    return Long.MIN_VALUE;
                }
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'Z' && i == n - 1) {
                offsetSeconds = 0;
            } else if ((c == '+' || c == '-') && (n - i == 3 || n - i == 5 || n - i == 6)) {
                int oh = digits(s, i + 1, i + 3);
                int om = n - i == 3 ? 0 : n - i == 5 ? digits(s, i + 3, i + 5)
                        : s.charAt(i + 3) == ':' ? digits(s, i + 4, i + 6) : -1;
                if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return Long.MIN_VALUE;
                }
                offsetSeconds = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return Long.MIN_VALUE;
            }
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return ((days * 86_400L + hour * 3600L + minute * 60L + second) - offsetSeconds) * 1000L + millis;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** ISO 8601 in UTC with milliseconds, e.g. {@code 2022-04-07T17:28:00.000Z}. */
    public static String format(long epochMillis) {
        return WRITE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The OCEL text of attribute column {@code c} at row {@code i}, times as ISO 8601; null when missing. */
    public static String text(org.glassbox.core.model.AttributeColumn c, int i) {
        if (!c.isPresent(i)) {
            return null;
        }
        return c.kind() == org.glassbox.core.model.AttributeColumn.Kind.TIME ? format(c.longValue(i)) : c.text(i);
    }
}
