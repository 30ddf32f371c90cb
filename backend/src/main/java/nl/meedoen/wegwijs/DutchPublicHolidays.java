package nl.meedoen.wegwijs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Dutch public holidays of a year, computed rather than tabled so that they never run out.
 *
 * <p>Goede Vrijdag is left out: it is not a day off for most employers or public offices, so a place
 * that closes on public holidays is still open then; a place that does close enters it as a date.
 * Bevrijdingsdag counts only in lustrum years (2025, 2030, …), when it is a day off under most
 * collective agreements and the government; in other years offices keep their weekly hours.
 */
final class DutchPublicHolidays {

    private DutchPublicHolidays() {
    }

    static Optional<PublicHoliday> on(LocalDate day) {
        return Optional.ofNullable(in(day.getYear()).get(day));
    }

    static Map<LocalDate, PublicHoliday> in(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        Map<LocalDate, PublicHoliday> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), PublicHoliday.NIEUWJAARSDAG);
        days.put(easter, PublicHoliday.EERSTE_PAASDAG);
        days.put(easter.plusDays(1), PublicHoliday.TWEEDE_PAASDAG);
        // The King's birthday moves to the Saturday before when it falls on a Sunday.
        days.put(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay, PublicHoliday.KONINGSDAG);
        if (year % 5 == 0) {
            days.put(LocalDate.of(year, Month.MAY, 5), PublicHoliday.BEVRIJDINGSDAG);
        }
        days.put(easter.plusDays(39), PublicHoliday.HEMELVAARTSDAG);
        days.put(easter.plusDays(49), PublicHoliday.EERSTE_PINKSTERDAG);
        days.put(easter.plusDays(50), PublicHoliday.TWEEDE_PINKSTERDAG);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), PublicHoliday.EERSTE_KERSTDAG);
        days.put(LocalDate.of(year, Month.DECEMBER, 26), PublicHoliday.TWEEDE_KERSTDAG);
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
