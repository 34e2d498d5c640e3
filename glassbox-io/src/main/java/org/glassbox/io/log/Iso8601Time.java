package org.glassbox.io.log;

/**
 * Hand-written parser of XES / ISO 8601 date-times into UTC epoch milliseconds, without
 * {@code java.time} formatters (the hot path of reading a large log).
 *
 * <p>Accepted: {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and
 * {@code HH:mm[:ss[.fraction]]}, optionally followed by {@code Z}, {@code ±HH:mm}, {@code ±HHmm}
 * or {@code ±HH}. The fraction may have any number of digits; digits beyond milliseconds are
 * truncated. Without an offset the time is taken as UTC (as pm4py does). With an offset the
 * result is the exact instant (the XES standard: {@code xs:dateTime}); in
 * {@linkplain #parse(CharSequence, boolean) wall-clock mode} the offset is ignored and the local
 * clock time is labelled UTC, which reproduces pm4py's XES importer.
 *
 * <p>Invalid input (bad digits, month 13, day 45, hour 99 …) yields {@link #INVALID}. Not
 * thread-safe: it caches the last calendar date seen, because consecutive events usually share it.
 */
public final class Iso8601Time {
    /** Returned for text that is not a valid date-time (equals the store's missing time). */
    public static final long INVALID = Long.MIN_VALUE;
    private static final long MS_PER_DAY = 86_400_000L;

    private int cachedYear = -1;
    private int cachedMonth;
    private int cachedDay;
    private long cachedEpochDay;

    /** Parses {@code s}; see the class comment. */
    public long parse(CharSequence s, boolean wallClock) {
        int n = s.length();
        int p = 0;
        while (p < n && s.charAt(p) <= ' ') {
            p++;
        }
        while (n > p && s.charAt(n - 1) <= ' ') {
            n--;
        }
        if (n - p < 10) {
            return INVALID;
        }
        int year = digits(s, p, 4);
        if (year < 0 || s.charAt(p + 4) != '-' || s.charAt(p + 7) != '-') {
            return INVALID;
        }
        int month = digits(s, p + 5, 2);
        int day = digits(s, p + 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return INVALID;
        }
        long epochDay;
        if (year == cachedYear && month == cachedMonth && day == cachedDay) {
            epochDay = cachedEpochDay;
        } else {
            epochDay = epochDay(year, month, day);
            cachedYear = year;
            cachedMonth = month;
            cachedDay = day;
            cachedEpochDay = epochDay;
        }
        p += 10;
        long millisOfDay = 0;
        if (p < n && (s.charAt(p) == 'T' || s.charAt(p) == 't' || s.charAt(p) == ' ')) {
            p++;
            if (n - p < 5 || s.charAt(p + 2) != ':') {
                return INVALID;
            }
            int hh = digits(s, p, 2);
            int mm = digits(s, p + 3, 2);
            if (hh < 0 || mm < 0 || hh > 24 || mm > 59) {
                return INVALID;
            }
            p += 5;
            int ss = 0;
            int ms = 0;
            if (p < n && s.charAt(p) == ':') {
                if (n - p < 3) {
                    return INVALID;
                }
                ss = digits(s, p + 1, 2);
                if (ss < 0 || ss > 60) {
                    return INVALID;
                }
                p += 3;
                if (p < n && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
                    p++;
                    int start = p;
                    int scale = 100;
                    while (p < n) {
                        char c = s.charAt(p);
                        if (c < '0' || c > '9') {
                            break;
                        }
                        ms += (c - '0') * scale;
                        scale /= 10;
                        p++;
                    }
                    if (p == start) {
                        return INVALID;
                    }
                }
            }
            if (hh == 24 && (mm != 0 || ss != 0 || ms != 0)) {
                return INVALID;
            }
            millisOfDay = ((hh * 60L + mm) * 60L + ss) * 1000L + ms;
        }
        long offsetMillis = 0;
        if (p < n) {
            char c = s.charAt(p);
            if ((c == 'Z' || c == 'z') && p + 1 == n) {
                offsetMillis = 0;
            } else if (c == '+' || c == '-') {
                int rest = n - p - 1;
                int oh;
                int om = 0;
                if (rest == 2) {
                    oh = digits(s, p + 1, 2);
                } else if (rest == 4) {
                    oh = digits(s, p + 1, 2);
                    om = digits(s, p + 3, 2);
                } else if (rest == 5 && s.charAt(p + 3) == ':') {
                    oh = digits(s, p + 1, 2);
                    om = digits(s, p + 4, 2);
                } else {
                    return INVALID;
                }
                if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                    return INVALID;
                }
                offsetMillis = (oh * 60L + om) * 60_000L;
                if (c == '-') {
                    offsetMillis = -offsetMillis;
                }
            } else {
                return INVALID;
            }
        }
        long local = epochDay * MS_PER_DAY + millisOfDay;
        return wallClock ? local : local - offsetMillis;
    }

    private static int digits(CharSequence s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Formats epoch milliseconds as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}... with a {@code +00:00} offset. */
    public static String format(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).atOffset(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx"));
    }
}
