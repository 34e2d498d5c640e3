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
final class OcelTime {
    private OcelTime() {
    }

    /** The epoch of OCEL's "initial value" attribute entries. */
    static final long EPOCH = 0L;

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * Epoch milliseconds of {@code text}.
     *
     * @throws DateTimeParseException with what was expected
     */
    static long parse(String text) {
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

    /** ISO 8601 in UTC with milliseconds, e.g. {@code 2022-04-07T17:28:00.000Z}. */
    static String format(long epochMillis) {
        return WRITE.format(Instant.ofEpochMilli(epochMillis));
    }
}
