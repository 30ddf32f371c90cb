package nl.meedoen.wegwijs;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening hours past midnight, round the clock, on public holidays and on single dates: stored with
 * constraints, shown for the reader, and "open now" right at any moment of a clock the test sets.
 */
@MicronautTest(transactional = false)
class OpeningHoursAcrossMidnightTest {

    private static final String CODE = "GM9802";
    private static final String TOPIC = "zorg-en-huisarts";
    private static final String POST = "Huisartsenpost Nachtstad";
    private static final String PHARMACY = "Apotheek Dag en Nacht";
    private static final String TOWN_HALL = "Gemeentehuis Nachtstad";

    @Serdeable
    record Now(String at, List<PlaceNow> places) {

        PlaceNow place(String name) {
            return places.stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
        }
    }

    @Serdeable
    record PlaceNow(String name, boolean open, String text, @Nullable String until, @Nullable Upcoming upcoming) {
    }

    @Serdeable
    record Upcoming(String date, @Nullable String holiday, boolean closed, String text) {
    }

    @Serdeable
    record TopicPage(List<Place> places) {

        Place place(String name) {
            return places.stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
        }
    }

    @Serdeable
    record Place(String name, List<Day> openingHours, @Nullable PublicHolidays publicHolidays, List<SpecialDay> specialDays,
                 String calendarUntil) {

        Day day(int weekday) {
            return openingHours.stream().filter(day -> day.weekday() == weekday).findFirst().orElseThrow();
        }
    }

    @Serdeable
    record Day(int weekday, List<String> hours, List<Slot> slots) {
    }

    @Serdeable
    record Slot(String opens, String closes, String closesLabel) {
    }

    @Serdeable
    record PublicHolidays(boolean closed, List<String> hours) {
    }

    @Serdeable
    record SpecialDay(String date, String label, @Nullable String holiday, boolean closed, List<String> hours) {
    }

    @Serdeable
    record Problem(String title) {
    }

    /** A clock the test moves by hand; the service reads it through the Clock bean. */
    static final class SetClock extends Clock {

        private volatile Instant instant = Instant.now();

        void set(String dutchLocalTime) {
            instant = LocalDateTime.parse(dutchLocalTime).atZone(TimeInTheNetherlands.NETHERLANDS).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    private final SetClock clock = new SetClock();
    private final Api api;
    private final Sql database;

    OpeningHoursAcrossMidnightTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.api = new Api(server, json);
        this.database = database;
        givenNachtstad();
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @ParameterizedTest(name = "{0}: open {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            // 1 December 2026 is a Tuesday.
            "2026-12-01T03:00|true|Nu open, tot 08:00",
            "2026-12-01T07:59|true|Nu open, tot 08:00",
            "2026-12-01T08:00|false|Nu gesloten",
            "2026-12-01T16:59|false|Nu gesloten",
            "2026-12-01T17:00|true|Nu open, tot morgen 08:00",
            "2026-12-01T23:59|true|Nu open, tot morgen 08:00",
            // Friday evening runs on into the weekend shifts, unbroken until Monday 08:00.
            "2026-12-04T18:00|true|Nu open, tot maandag 08:00",
            // Sunday night into Monday.
            "2026-12-06T23:30|true|Nu open, tot morgen 08:00",
            "2026-12-07T07:59|true|Nu open, tot 08:00",
            "2026-12-07T08:00|false|Nu gesloten",
            // Easter Monday 2027 is a public holiday: round the clock until Tuesday 08:00.
            "2027-03-29T12:00|true|Nu open, tot morgen 08:00",
    })
    void theAfterHoursPostIsOpenInTheEveningAtNightAndAtWeekends(String at, boolean open, String text) {
        clock.set(at);

        PlaceNow post = openNow("nl").place(POST);

        assertEquals(open, post.open());
        assertEquals(text, post.text());
    }

    @Test
    void theOpenStateSaysUntilWhenInDutchLocalTime() {
        clock.set("2026-12-01T03:00");

        Now now = openNow("nl");

        assertEquals("2026-12-01T03:00", now.at());
        assertEquals("2026-12-01T08:00", now.place(POST).until());
    }

    @Test
    void aPlaceOpenRoundTheClockSaysSo() {
        clock.set("2026-12-01T03:00");

        PlaceNow pharmacy = openNow("nl").place(PHARMACY);

        assertTrue(pharmacy.open());
        assertEquals("24 uur open", pharmacy.text());
        assertNull(pharmacy.until());
        assertEquals(List.of("24 uur open"), page("nl").place(PHARMACY).day(3).hours());
    }

    @Test
    void aPlaceClosedOnPublicHolidaysIsClosedOnChristmasAndSaysSoAWeekAhead() {
        clock.set("2026-12-18T10:00");
        PlaceNow before = openNow("nl").place(TOWN_HALL);
        clock.set("2026-12-25T10:00");
        PlaceNow onChristmas = openNow("nl").place(TOWN_HALL);

        assertTrue(before.open());
        assertNotNull(before.upcoming());
        assertEquals("2026-12-25", before.upcoming().date());
        assertEquals("Eerste Kerstdag", before.upcoming().holiday());
        assertEquals("Gesloten op vrijdag 25 december (Eerste Kerstdag)", before.upcoming().text());
        assertFalse(onChristmas.open());
    }

    @Test
    void aDateBeatsTheWeeklyHoursAndThePublicHolidayRule() {
        // 30 December 2026 is a Wednesday the town hall closes; 1 January 2027 a public holiday it opens at noon.
        clock.set("2026-12-30T10:00");
        PlaceNow closure = openNow("nl").place(TOWN_HALL);
        clock.set("2027-01-01T12:30");
        PlaceNow newYear = openNow("nl").place(TOWN_HALL);

        assertFalse(closure.open());
        assertTrue(newYear.open());
        assertEquals("Nu open, tot 14:00", newYear.text());
    }

    @Test
    void theTopicListsWeeklyHoursPastMidnightAndTheSpecialDaysOfTheComingYear() {
        clock.set("2026-12-18T10:00");

        TopicPage page = page("nl");

        Place post = page.place(POST);
        assertEquals(List.of("17:00–08:00 (tot de volgende dag)"), post.day(2).hours());
        assertEquals(List.of(new Slot("17:00", "08:00", "08:00")), post.day(2).slots());
        assertEquals(List.of("08:00–08:00 (tot de volgende dag)"), post.day(7).hours());
        assertEquals(List.of("۸:۰۰ تا ۸:۰۰ (روز بعد)"), page("fa").place(POST).day(7).hours());
        Place townHall = page.place(TOWN_HALL);
        assertNotNull(townHall.publicHolidays());
        assertTrue(townHall.publicHolidays().closed());
        assertEquals("2027-12-17", townHall.calendarUntil());
        SpecialDay christmas = townHall.specialDays().stream().filter(day -> day.date().equals("2026-12-25")).findFirst().orElseThrow();
        assertEquals("vrijdag 25 december", christmas.label());
        assertEquals("Eerste Kerstdag", christmas.holiday());
        assertTrue(christmas.closed());
        assertTrue(townHall.specialDays().stream().anyMatch(day -> day.date().equals("2026-12-30") && day.holiday() == null && day.closed()));
        SpecialDay newYear = townHall.specialDays().stream().filter(day -> day.date().equals("2027-01-01")).findFirst().orElseThrow();
        assertEquals(List.of("12:00–14:00"), newYear.hours());
    }

    // ICU gives Arabic in Latin digits (as CLDR has it for Arabic in general) and Persian in Persian
    // digits; Persian dates are Gregorian on purpose, to match the notice on the door (see OpeningHoursFormatter).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar|مفتوح الآن حتى 08:00 غدًا|17:00–08:00 (اليوم التالي)|مغلق يوم الجمعة، 25 ديسمبر (Eerste Kerstdag)",
            "fa|الان باز است، تا فردا ۸:۰۰|۱۷:۰۰ تا ۸:۰۰ (روز بعد)|بسته در جمعه ۲۵ دسامبر (Eerste Kerstdag)",
    })
    void rightToLeftReadersGetTheirWordsAndTheDigitsIcuGivesThem(String lang, String openText, String tuesday, String christmas) {
        clock.set("2026-12-22T22:00");

        Now now = openNow(lang);

        assertEquals(openText, now.place(POST).text());
        assertEquals(List.of(tuesday), page(lang).place(POST).day(2).hours());
        assertNotNull(now.place(TOWN_HALL).upcoming());
        assertEquals(christmas, now.place(TOWN_HALL).upcoming().text());
    }

    @Test
    void theDatabaseRefusesHoursThatMeanNothingOrTwoThings() {
        long place = placeId(TOWN_HALL);

        assertThrows(RuntimeException.class, () -> database.update(
                "INSERT INTO opening_hours (place_id, weekday, opens, closes) VALUES (?, 6, '10:00', '24:00')", place));
        assertThrows(RuntimeException.class, () -> database.update(
                "INSERT INTO opening_hours (place_id, weekday, opens, closes) VALUES (?, 6, '10:00:30', '12:00')", place));
        assertThrows(RuntimeException.class, () -> database.update(
                "INSERT INTO special_day (place_id, on_date, public_holidays) VALUES (?, '2027-02-01', true)", place));
        assertThrows(RuntimeException.class, () -> database.update(
                "INSERT INTO special_day (place_id, public_holidays) VALUES (?, true)", place), "one public-holiday rule per place");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/municipalities/GM9802/wegwijs/geen-onderwerp/open-now|404|Page not found",
            "/api/v1/municipalities/GM12/wegwijs/zorg-en-huisarts/open-now|400|Invalid municipality code",
            "/api/v1/municipalities/GM9802/wegwijs/zorg-en-huisarts/open-now?lang=xx|400|Unsupported language",
    })
    void badRequestsGetAClearProblem(String path, int status, String title) {
        Api.Response response = api.get(path);

        assertEquals(status, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals(title, response.as(Problem.class).title());
    }

    private Now openNow(String lang) {
        Api.Response response = api.get("/api/v1/municipalities/" + CODE + "/wegwijs/" + TOPIC + "/open-now?lang=" + lang);
        assertEquals(200, response.status(), response.body());
        assertEquals("no-store", response.header("Cache-Control"));
        return response.as(Now.class);
    }

    private TopicPage page(String lang) {
        return api.get("/api/v1/municipalities/" + CODE + "/wegwijs/" + TOPIC + "?lang=" + lang).as(TopicPage.class);
    }

    private long placeId(String name) {
        return database.one("SELECT id FROM place WHERE municipality_code = ? AND name = ?", row -> row.getLong(1), CODE, name)
                .orElseThrow();
    }

    /** Nachtstad's places, written afresh for every test so that no test depends on another. */
    private void givenNachtstad() {
        database.update("""
                INSERT INTO municipality (code, slug, name, search_key) VALUES (?, 'nachtstad', 'Nachtstad', 'nachtstad')
                ON CONFLICT DO NOTHING
                """, CODE);
        database.update("DELETE FROM place WHERE municipality_code = ?", CODE);
        long post = newPlace(POST);
        database.update("""
                INSERT INTO opening_hours (place_id, weekday, opens, closes)
                SELECT ?, weekday, time '17:00', time '08:00' FROM generate_series(1, 5) weekday
                UNION ALL
                SELECT ?, weekday, time '08:00', time '08:00' FROM generate_series(6, 7) weekday
                """, post, post);
        long holidays = specialDay(post, null);
        database.update("INSERT INTO special_day_hours (special_day_id, opens, closes) VALUES (?, '08:00', '08:00')", holidays);
        long pharmacy = newPlace(PHARMACY);
        database.update("""
                INSERT INTO opening_hours (place_id, weekday, opens, closes)
                SELECT ?, weekday, time '00:00', time '00:00' FROM generate_series(1, 7) weekday
                """, pharmacy);
        long townHall = newPlace(TOWN_HALL);
        database.update("""
                INSERT INTO opening_hours (place_id, weekday, opens, closes)
                SELECT ?, weekday, time '09:00', time '17:00' FROM generate_series(1, 5) weekday
                """, townHall);
        specialDay(townHall, null);
        specialDay(townHall, "2026-12-30");
        long newYear = specialDay(townHall, "2027-01-01");
        database.update("INSERT INTO special_day_hours (special_day_id, opens, closes) VALUES (?, '12:00', '14:00')", newYear);
    }

    private long newPlace(String name) {
        return database.one("INSERT INTO place (municipality_code, topic, name) VALUES (?, ?, ?) RETURNING id",
                row -> row.getLong(1), CODE, TOPIC, name).orElseThrow();
    }

    /** A special day on a date, or without a date for every public holiday; closed until hours are added. */
    private long specialDay(long place, @Nullable String date) {
        return date == null
                ? database.one("INSERT INTO special_day (place_id, public_holidays) VALUES (?, true) RETURNING id",
                        row -> row.getLong(1), place).orElseThrow()
                : database.one("INSERT INTO special_day (place_id, on_date) VALUES (?, ?::date) RETURNING id",
                        row -> row.getLong(1), place, date).orElseThrow();
    }
}
