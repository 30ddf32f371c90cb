package nl.meedoen.wegwijs;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.DateIntervalFormat.FormattedDateInterval;
import com.ibm.icu.text.DateIntervalFormat.SpanField;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.UiStrings;
import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Opening hours as a reader in their locale expects them, all from ICU/CLDR: the week starts on the
 * locale's first day (Monday in Dutch, Saturday in Persian), day names and dates in the language, and
 * times on a 24-hour clock in the digits the locale uses. Hours past midnight say that they end the
 * next day, and a whole day says "open 24 hours", in the words of {@code translations/}.
 */
@Singleton
final class OpeningHoursFormatter {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long DAY_MILLIS = 24 * 60 * 60 * 1000L;

    private final UiStrings texts;

    OpeningHoursFormatter(UiStrings texts) {
        this.texts = texts;
    }

    List<WegwijsPage.Day> week(PlaceHours hours, SupportedLocale reader) {
        ULocale locale = reader.icu();
        int firstDay = Calendar.getInstance(locale).getFirstDayOfWeek();
        String[] names = DateFormatSymbols.getInstance(locale).getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
        List<WegwijsPage.Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int calendarDay = (firstDay - 1 + i) % 7 + 1;
            int isoDay = calendarDay == Calendar.SUNDAY ? 7 : calendarDay - 1;
            List<Period> periods = hours.weekly().getOrDefault(DayOfWeek.of(isoDay), List.of());
            week.add(new WegwijsPage.Day(isoDay, names[calendarDay], labels(periods, reader), slots(periods, reader)));
        }
        return week;
    }

    WegwijsPage.@Nullable PublicHolidays publicHolidays(PlaceHours hours, SupportedLocale reader) {
        List<Period> periods = hours.publicHolidays();
        return periods == null ? null
                : new WegwijsPage.PublicHolidays(periods.isEmpty(), labels(periods, reader), slots(periods, reader));
    }

    List<WegwijsPage.SpecialDay> specialDays(PlaceHours hours, LocalDate first, LocalDate last, SupportedLocale reader) {
        return hours.specialDates(first, last).stream()
                .map(special -> new WegwijsPage.SpecialDay(special.date(), date(special.date(), reader),
                        special.holiday() == null ? null : special.holiday().dutchName(), special.closed(),
                        labels(special.periods(), reader), slots(special.periods(), reader)))
                .toList();
    }

    List<String> labels(List<Period> periods, SupportedLocale reader) {
        return periods.stream().map(period -> label(period, reader)).toList();
    }

    /** "17:00–08:00 (next day)" and "open 24 hours" in the reader's language; ICU puts the dash and digits. */
    private String label(Period period, SupportedLocale reader) {
        if (period.wholeDay()) {
            return texts.format(reader, "place.openAllDay", Map.of());
        }
        DateIntervalFormat interval = DateIntervalFormat.getInstance("Hm", reader.icu());
        interval.setTimeZone(UTC);
        // Both ends on the same day, so that ICU writes two times rather than two dates; the text says which day it ends.
        String hours = period.opens().equals(period.closes())
                ? aroundTheClock(interval, period.opens())
                : interval.format(new DateInterval(millis(period.opens()), millis(period.closes())));
        return period.endsNextMorning() ? texts.format(reader, "place.nextDay", Map.of("hours", hours)) : hours;
    }

    /**
     * ICU writes an interval between equal times as one time, so 08:00 to 08:00 is made from an
     * interval of an hour with its other end replaced by the same time, keeping the locale's dash or word.
     */
    private static String aroundTheClock(DateIntervalFormat interval, LocalTime time) {
        boolean late = time.getHour() == 23;
        LocalTime other = late ? time.minusHours(1) : time.plusHours(1);
        FormattedDateInterval value = late
                ? interval.formatToValue(new DateInterval(millis(other), millis(time)))
                : interval.formatToValue(new DateInterval(millis(time), millis(other)));
        String text = value.toString();
        int[][] spans = new int[2][];
        ConstrainedFieldPosition position = new ConstrainedFieldPosition();
        position.constrainClass(SpanField.class);
        while (value.nextPosition(position)) {
            spans[(Integer) position.getFieldValue()] = new int[] {position.getStart(), position.getLimit()};
        }
        if (spans[0] == null || spans[1] == null) {
            throw new IllegalStateException("ICU marked no ends in the interval " + text);
        }
        int[] kept = late ? spans[1] : spans[0];
        int[] replaced = late ? spans[0] : spans[1];
        return text.substring(0, replaced[0]) + text.substring(kept[0], kept[1]) + text.substring(replaced[1]);
    }

    private List<WegwijsPage.Slot> slots(List<Period> periods, SupportedLocale reader) {
        return periods.stream()
                .map(period -> new WegwijsPage.Slot(period.opensText(), period.closesText(), time(period.closes(), reader)))
                .toList();
    }

    String time(LocalTime time, SupportedLocale reader) {
        DateFormat format = DateFormat.getInstanceForSkeleton("Hm", reader.icu());
        format.setTimeZone(UTC);
        return format.format(new Date(millis(time)));
    }

    /**
     * "donderdag 25 december", with the weekday, since a newcomer plans by days of the week. Always in
     * the Gregorian calendar, also where the locale's own is another (Persian uses the Solar Hijri
     * one): the date has to match the notice on the door and the letter from the municipality.
     */
    String date(LocalDate date, SupportedLocale reader) {
        DateFormat format = DateFormat.getInstanceForSkeleton("EEEEMMMMd", gregorian(reader));
        format.setTimeZone(UTC);
        return format.format(new Date(date.toEpochDay() * DAY_MILLIS));
    }

    String weekday(LocalDate date, SupportedLocale reader) {
        DateFormat format = DateFormat.getInstanceForSkeleton("EEEE", gregorian(reader));
        format.setTimeZone(UTC);
        return format.format(new Date(date.toEpochDay() * DAY_MILLIS));
    }

    private static ULocale gregorian(SupportedLocale reader) {
        return reader.icu().setKeywordValue("calendar", "gregorian");
    }

    private static long millis(LocalTime time) {
        return time.toSecondOfDay() * 1000L;
    }
}
