package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.UiStrings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

/** "Open until 08:00 tomorrow", "open 24 hours", "closed on Thursday 25 December (Eerste Kerstdag)", in the reader's language. */
@Singleton
final class OpenNowTexts {

    private final UiStrings texts;
    private final OpeningHoursFormatter formatter;

    OpenNowTexts(UiStrings texts, OpeningHoursFormatter formatter) {
        this.texts = texts;
        this.formatter = formatter;
    }

    String state(OpenState state, LocalDateTime now, SupportedLocale reader) {
        LocalDateTime until = state.until();
        if (!state.open()) {
            return texts.format(reader, "place.closedNow", Map.of());
        }
        if (until == null) {
            return texts.format(reader, "place.openAllDay", Map.of());
        }
        LocalDate today = now.toLocalDate();
        // Closing at midnight is "until 00:00" tonight, not a time tomorrow.
        boolean tonight = until.toLocalDate().equals(today.plusDays(1)) && until.toLocalTime().equals(LocalTime.MIDNIGHT);
        String time = formatter.time(until.toLocalTime(), reader);
        if (until.toLocalDate().equals(today) || tonight) {
            return texts.format(reader, "place.openUntil", Map.of("time", time));
        }
        if (until.toLocalDate().equals(today.plusDays(1))) {
            return texts.format(reader, "place.openUntilTomorrow", Map.of("time", time));
        }
        return texts.format(reader, "place.openUntilDay", Map.of("day", formatter.weekday(until.toLocalDate(), reader), "time", time));
    }

    /** The holiday's Dutch name follows in brackets, as the app shows it; see {@link PublicHoliday}. */
    String upcoming(SpecialDate special, SupportedLocale reader) {
        String date = formatter.date(special.date(), reader);
        String text = special.closed()
                ? texts.format(reader, "place.closedOn", Map.of("date", date))
                : texts.format(reader, "place.otherHoursOn", Map.of("date", date,
                        "hours", String.join(", ", formatter.labels(special.periods(), reader))));
        return special.holiday() == null ? text : text + " (" + special.holiday().dutchName() + ")";
    }
}
