package nl.meedoen.sessions;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import nl.meedoen.locale.SupportedLocale;

import java.text.FieldPosition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Sessions happen in the Netherlands: coordinators enter local times of Europe/Amsterdam, the database
 * keeps instants, and newcomers read the time in their language's format, always for Dutch clocks.
 */
final class SessionTimes {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private SessionTimes() {
    }

    /** A local time on a Dutch clock; one that does not exist (the hour skipped in spring) is refused. */
    static Instant instant(LocalDateTime local, String field) {
        if (NETHERLANDS.getRules().getValidOffsets(local).isEmpty()) {
            throw new InvalidSession(field, "does not exist in the Netherlands: the clocks skip that hour in spring");
        }
        return ZonedDateTime.of(local, NETHERLANDS).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, NETHERLANDS);
    }

    /**
     * "donderdag 10 december 2026, 09:30–12:30" in the reader's language, with the weekday, since
     * newcomers plan by days of the week. Always the Gregorian calendar (also for Persian, whose own is
     * another): the date has to match the letter and the notice at the door.
     */
    static String when(Instant start, Instant end, SupportedLocale reader) {
        ULocale locale = reader.icu().setKeywordValue("calendar", "gregorian");
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMEEEEdHm", locale);
        format.setTimeZone(TimeZone.getTimeZone(NETHERLANDS.getId()));
        return format.format(new DateInterval(start.toEpochMilli(), end.toEpochMilli()), new StringBuffer(), new FieldPosition(0)).toString();
    }
}
