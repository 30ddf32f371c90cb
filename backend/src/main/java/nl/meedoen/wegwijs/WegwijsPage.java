package nl.meedoen.wegwijs;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.content.PageView;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A wegwijs topic as a newcomer of one municipality reads it: the national text (or the municipality's
 * own page) and the local places that belong to it.
 */
@Serdeable
public record WegwijsPage(String municipality, String kind, PageView page, List<Place> places) {

    /**
     * A place with everything needed to find and reach it. {@code phone.spoken} groups the digits for
     * screen readers; opening hours are formatted for the reader, and {@code slots} keep the plain
     * times so that the app can tell, also offline, whether the place is open now.
     *
     * <p>This answer is kept in memory until the next publication, so it says nothing about "now":
     * the app works out open or closed from the weekly slots and the special days, which are listed
     * from the day before the answer was made up to {@code calendarUntil}, a year later. The app says
     * nothing about open or closed after that date rather than guess.
     * {@code publicHolidays} is absent when the place keeps its weekly hours on public holidays.
     */
    @Serdeable
    public record Place(String name, @Nullable String address, @Nullable String mapUrl, @Nullable Phone phone,
                        @Nullable String email, @Nullable String website, @Nullable Note note, List<Day> openingHours,
                        @Nullable PublicHolidays publicHolidays, List<SpecialDay> specialDays, LocalDate calendarUntil) {
    }

    @Serdeable
    public record Phone(String display, String href, String spoken) {
    }

    @Serdeable
    public record Note(String text, String lang, String dir, boolean fallback, String status) {
    }

    /** One day of the week, in the order of the reader's locale; no hours means closed. */
    @Serdeable
    public record Day(int weekday, String name, List<String> hours, List<Slot> slots) {
    }

    /**
     * A period in plain local time (HH:mm): closing before opening means the next day, and closing at
     * the opening time 24 hours later (00:00 to 00:00 is the whole day); {@code closesLabel} is the
     * closing time for the reader.
     */
    @Serdeable
    public record Slot(String opens, String closes, String closesLabel) {
    }

    /** What a place does on every public holiday: closed, or other hours. */
    @Serdeable
    public record PublicHolidays(boolean closed, List<String> hours, List<Slot> slots) {
    }

    /**
     * A date with other hours than the week's (closed when {@code closed}): {@code date} is ISO,
     * {@code label} is written for the reader, and {@code holiday} is the Dutch name of a public holiday.
     */
    @Serdeable
    public record SpecialDay(LocalDate date, String label, @Nullable String holiday, boolean closed,
                             List<String> hours, List<Slot> slots) {
    }
}
