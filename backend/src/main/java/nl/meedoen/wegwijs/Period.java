package nl.meedoen.wegwijs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One stretch a place is open, belonging to the day it opens on, in Dutch local time. Closing before
 * the opening time means the next day (17:00 to 08:00 ends the next morning); closing at the opening
 * time means 24 hours later (08:00 to 08:00), and 00:00 to 00:00 is the whole day.
 */
record Period(LocalTime opens, LocalTime closes) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    Period {
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            throw new IllegalArgumentException("Opening hours are whole minutes: " + opens + "-" + closes);
        }
    }

    /** Parses {@code 17:00-08:00}. */
    static Period parse(String range) {
        String[] times = range.trim().split("-");
        try {
            if (times.length == 2) {
                return new Period(LocalTime.parse(times[0].trim()), LocalTime.parse(times[1].trim()));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Opening hours look like 09:00-17:00, not " + range, e);
        }
        throw new IllegalArgumentException("Opening hours look like 09:00-17:00, not " + range);
    }

    /** The whole day, midnight to midnight. */
    boolean wholeDay() {
        return opens.equals(LocalTime.MIDNIGHT) && closes.equals(LocalTime.MIDNIGHT);
    }

    /** Whether it ends on the next day after midnight (18:00 to 00:00 ends at midnight and does not). */
    boolean endsNextMorning() {
        return !closes.isAfter(opens) && !closes.equals(LocalTime.MIDNIGHT);
    }

    LocalDateTime start(LocalDate day) {
        return day.atTime(opens);
    }

    LocalDateTime end(LocalDate day) {
        return closes.isAfter(opens) ? day.atTime(closes) : day.plusDays(1).atTime(closes);
    }

    String opensText() {
        return opens.format(HOURS);
    }

    String closesText() {
        return closes.format(HOURS);
    }
}
