package nl.meedoen.wegwijs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dutch public holidays are computed right, against the published dates of 2024 to 2030. */
class DutchPublicHolidaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // year | Easter Sunday | every day off in order: New Year, Easter Sunday and Monday, King's Day,
            //        (Liberation Day in lustrum years), Ascension, Whit Sunday and Monday, Christmas and Boxing Day
            "2024|2024-03-31|2024-01-01 2024-03-31 2024-04-01 2024-04-27 2024-05-09 2024-05-19 2024-05-20 2024-12-25 2024-12-26",
            "2025|2025-04-20|2025-01-01 2025-04-20 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-08 2025-06-09 2025-12-25 2025-12-26",
            "2026|2026-04-05|2026-01-01 2026-04-05 2026-04-06 2026-04-27 2026-05-14 2026-05-24 2026-05-25 2026-12-25 2026-12-26",
            "2027|2027-03-28|2027-01-01 2027-03-28 2027-03-29 2027-04-27 2027-05-06 2027-05-16 2027-05-17 2027-12-25 2027-12-26",
            "2028|2028-04-16|2028-01-01 2028-04-16 2028-04-17 2028-04-27 2028-05-25 2028-06-04 2028-06-05 2028-12-25 2028-12-26",
            "2029|2029-04-01|2029-01-01 2029-04-01 2029-04-02 2029-04-27 2029-05-10 2029-05-20 2029-05-21 2029-12-25 2029-12-26",
            "2030|2030-04-21|2030-01-01 2030-04-21 2030-04-22 2030-04-27 2030-05-05 2030-05-30 2030-06-09 2030-06-10 2030-12-25 2030-12-26",
    })
    void everyHolidayOfTheYear(int year, LocalDate easter, String days) {
        assertEquals(easter, DutchPublicHolidays.easterSunday(year));
        List<LocalDate> expected = Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        assertEquals(expected, List.copyOf(DutchPublicHolidays.in(year).keySet()));
    }

    @ParameterizedTest(name = "King''s Day {0} falls on a Sunday and is kept on {1}")
    @CsvSource({"2014-04-27, 2014-04-26", "2025-04-27, 2025-04-26", "2031-04-27, 2031-04-26"})
    void kingsDayOnASundayMovesToTheSaturdayBefore(LocalDate birthday, LocalDate kept) {
        assertEquals(PublicHoliday.KONINGSDAG, DutchPublicHolidays.on(kept).orElseThrow());
        assertTrue(DutchPublicHolidays.on(birthday).isEmpty());
    }

    @Test
    void goodFridayIsNotADayOff() {
        assertTrue(DutchPublicHolidays.on(LocalDate.of(2026, 4, 3)).isEmpty());
    }

    @Test
    void easterIsRightAcrossTheCenturies() {
        assertEquals(LocalDate.of(2000, 4, 23), DutchPublicHolidays.easterSunday(2000));
        assertEquals(LocalDate.of(2038, 4, 25), DutchPublicHolidays.easterSunday(2038), "the latest possible date");
        assertEquals(LocalDate.of(2285, 3, 22), DutchPublicHolidays.easterSunday(2285), "the earliest possible date");
    }
}
