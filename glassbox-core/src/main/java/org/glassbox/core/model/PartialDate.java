package org.glassbox.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An ISO 8601 partial date as the case format writes it: {@code 2018}, {@code 2018-06} or
 * {@code 2018-06-30}. The precision is kept; ordering treats a partial date as the start of its
 * span, and {@link #definitelyBefore(PartialDate)} never claims that a date known only to the
 * year precedes one inside that same year known to the day.
 *
 * @param year      the year (1..9999)
 * @param month     1..12, or 0 when the precision is {@link Precision#YEAR}
 * @param day       1..31, or 0 when the precision is coarser than {@link Precision#DAY}
 * @param precision YEAR, MONTH or DAY
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    static final long MILLIS_PER_DAY = 86_400_000L;

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.INSTANT) {
            throw new IllegalArgumentException("a partial date is YEAR, MONTH or DAY precise");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (precision == Precision.YEAR && (month != 0 || day != 0)) {
            throw new IllegalArgumentException("a year-precise date has no month or day");
        }
        if (precision.compareTo(Precision.MONTH) >= 0 && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (precision == Precision.MONTH && day != 0) {
            throw new IllegalArgumentException("a month-precise date has no day");
        }
        if (precision == Precision.DAY && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message that says what was expected
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a partial date (YYYY, YYYY-MM or YYYY-MM-DD) is required");
        }
        String s = text.strip();
        int len = s.length();
        if (!(len == 4 || len == 7 || len == 10) || !digits(s, 0, 4)
                || (len >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
                || (len == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
            throw new IllegalArgumentException("'" + text + "' is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        try {
            if (len == 4) {
                return ofYear(year);
            }
            int month = Integer.parseInt(s, 5, 7, 10);
            if (len == 7) {
                return ofMonth(year, month);
            }
            return ofDay(year, month, Integer.parseInt(s, 8, 10, 10));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage());
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first day of the span. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The first day after the span. */
    public LocalDate endExclusive() {
        return switch (precision) {
            case YEAR -> start().plusYears(1);
            case MONTH -> start().plusMonths(1);
            default -> start().plusDays(1);
        };
    }

    /** Start of the span as UTC epoch milliseconds (the store's time axis). */
    public long startMillis() {
        return start().toEpochDay() * MILLIS_PER_DAY;
    }

    /** First instant after the span as UTC epoch milliseconds. */
    public long endMillisExclusive() {
        return endExclusive().toEpochDay() * MILLIS_PER_DAY;
    }

    /** The date back from the store's columns (start of span and precision). */
    public static PartialDate fromMillis(long startMillis, Precision precision) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(startMillis, MILLIS_PER_DAY));
        return switch (precision) {
            case YEAR -> ofYear(d.getYear());
            case MONTH -> ofMonth(d.getYear(), d.getMonthValue());
            case DAY -> of(d);
            case INSTANT -> throw new IllegalArgumentException("an instant is not a partial date");
        };
    }

    /** True only when this whole span lies before the other's start: ordering is certain. */
    public boolean definitelyBefore(PartialDate other) {
        return endMillisExclusive() <= other.startMillis();
    }

    /** True when neither date can be said to precede the other (their spans overlap and differ). */
    public boolean unordered(PartialDate other) {
        return !definitelyBefore(other) && !other.definitelyBefore(this) && !equals(other);
    }

    /** Orders by start of span, then coarser before finer (a year sorts before its days). */
    @Override
    public int compareTo(PartialDate o) {
        int c = Long.compare(startMillis(), o.startMillis());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    /** As written in the case format, precision kept. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            default -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
