package nl.meedoen.wegwijs;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opening hours as a reader in their locale expects them, all from ICU/CLDR: the week starts on the
 * locale's first day (Monday in Dutch, Saturday in Persian), day names in the language, and times on
 * a 24-hour clock in the digits the locale uses.
 */
@Singleton
final class OpeningHoursFormatter {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    List<WegwijsPage.Day> week(Map<Integer, List<OpeningHours>> byWeekday, SupportedLocale reader) {
        ULocale locale = reader.icu();
        int firstDay = Calendar.getInstance(locale).getFirstDayOfWeek();
        String[] names = DateFormatSymbols.getInstance(locale).getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
        DateIntervalFormat hours = DateIntervalFormat.getInstance("Hm", locale);
        hours.setTimeZone(UTC);
        List<WegwijsPage.Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int calendarDay = (firstDay - 1 + i) % 7 + 1;
            int isoDay = calendarDay == Calendar.SUNDAY ? 7 : calendarDay - 1;
            List<OpeningHours> slots = byWeekday.getOrDefault(isoDay, List.of());
            List<String> labels = slots.stream()
                    .map(slot -> hours.format(new DateInterval(millis(slot.opens()), millis(slot.closes()))))
                    .toList();
            week.add(new WegwijsPage.Day(isoDay, names[calendarDay], labels,
                    slots.stream().map(slot -> new WegwijsPage.Slot(slot.opens().toString(), slot.closes().toString())).toList()));
        }
        return week;
    }

    private static long millis(LocalTime time) {
        return time.toSecondOfDay() * 1000L;
    }
}
