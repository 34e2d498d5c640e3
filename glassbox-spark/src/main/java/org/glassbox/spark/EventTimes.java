package org.glassbox.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text timestamps to UTC epoch milliseconds, by the embedded readers' rules, so that both engines
 * read the same instant from the same text. ISO 8601: {@code yyyy-MM-dd}, optionally {@code T} or a
 * space and {@code HH:mm[:ss[.fraction]]}, optionally {@code Z}, {@code ±HH:mm}, {@code ±HHmm} or
 * {@code ±HH}; digits beyond milliseconds truncated; no offset means UTC. With a
 * {@link DateTimeFormatter} pattern: an offset gives the instant, a date-time without one is UTC, a
 * date is its start of day (UTC). Anything else is no time (null).
 */
final class EventTimes {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private EventTimes() {
    }

    /** ISO 8601 text to epoch ms, or null. */
    static Long iso(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            String f = m.group(7);
            int millis = f == null ? 0 : Integer.parseInt((f + "00").substring(0, 3));
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second);
            long ms = t.toInstant(ZoneOffset.UTC).toEpochMilli() + millis;
            String z = m.group(8);
            if (z != null && !"Z".equals(z)) {
                int sign = z.charAt(0) == '-' ? -1 : 1;
                String d = z.substring(1).replace(":", "");
                int oh = Integer.parseInt(d.substring(0, 2));
                int om = d.length() > 2 ? Integer.parseInt(d.substring(2)) : 0;
                ms -= sign * (oh * 3_600_000L + om * 60_000L);
            }
            return ms;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Text in a {@link DateTimeFormatter} pattern to epoch ms, or null. */
    static Long pattern(String text, String pattern) {
        if (text == null) {
            return null;
        }
        DateTimeFormatter f = FORMATTERS.computeIfAbsent(pattern, DateTimeFormatter::ofPattern);
        try {
            TemporalAccessor t = f.parse(text.trim());
            if (t.isSupported(ChronoField.OFFSET_SECONDS) && t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return OffsetDateTime.from(t).toInstant().toEpochMilli();
            } else if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(t).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDate.from(t).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
