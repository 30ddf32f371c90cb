package nl.meedoen.sessions;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Mailbox;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Booked newcomers are told by mail in their own language, with the date and time as their language
 * writes them for Dutch clocks, the place and its map; their calendar file names Europe/Amsterdam.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingMailsTest implements TestPropertyProvider {

    private final Mailbox mailbox = Mailbox.started();
    private Api api;
    private SessionTestData data;

    @Override
    public Map<String, String> getProperties() {
        return mailbox.serviceProperties();
    }

    @BeforeAll
    void connect(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        api = new Api(server, json);
        data = new SessionTestData(api, sql, municipalities);
    }

    @AfterAll
    void closeMailbox() {
        mailbox.close();
    }

    @Test
    void theConfirmationIsInTheNewcomersLanguageWithTheirDateFormat() {
        String town = data.municipality();
        UUID session = plan(town, march10(), 10);
        Map<String, List<String>> expected = Map.of(
                "nl", List.of("Je plaats in de workshop: Waardenworkshop", "10 maart", "09:30–12:30", "Waar: Buurthuis De Linde"),
                "ar", List.of("مقعدك في ورشة العمل", "10 مارس", "09:30–12:30", "الخريطة: https://www.openstreetmap.org/"),
                "fa", List.of("جای شما در کارگاه", "۱۰ مارس", "۹:۳۰ تا ۱۲:۳۰"),
                "ti", List.of("ቦታኹም ኣብ ዎርክሾፕ", "10 መጋቢት", "09:30–12:30"));
        expected.forEach((language, parts) -> {
            String email = language + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            SessionTestData.Newcomer newcomer = data.newcomer(town, language, email);
            Api.Response booked = data.book(newcomer, session, "mail");
            assertTrue(booked.as(SessionTestData.BookingAnswer.class).byMail());

            Mailbox.Received mail = mailbox.awaitOneTo(email);

            String whole = mail.subject() + "\n" + mail.text();
            parts.forEach(part -> assertTrue(whole.contains(part), language + ": \"" + part + "\" in\n" + whole));
            assertTrue(mail.text().contains("/?lang=" + language + "#/booking"), "a link to the booking in the app");
            assertFalse(mail.text().contains(newcomer.phone().substring("Bearer ".length())), "no token in the mail");
        });
    }

    @Test
    void aNewTimeAndACancellationReachEveryBookedNewcomer() {
        String town = data.municipality();
        LocalDateTime start = march10();
        UUID session = plan(town, start, 1);
        String seated = "seat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String waiting = "wait-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        data.book(data.newcomer(town, "nl", seated), session, "s");
        data.book(data.newcomer(town, "ar", waiting), session, "w");
        assertEquals("Wachtlijst: Waardenworkshop", mailbox.awaitOneTo(waiting).subject().replace("قائمة الانتظار", "Wachtlijst"));

        api.send("PUT", "/api/v1/municipalities/" + town + "/sessions/" + session,
                SessionTestData.plan("Waardenworkshop", start.plusHours(4), start.plusHours(7), 1, List.of("ar")), "Authorization", data.coordinator());
        api.send("POST", "/api/v1/municipalities/" + town + "/sessions/" + session + "/cancellation", null, "Authorization", data.coordinator());

        List<Mailbox.Received> toSeated = mailbox.awaitTo(seated, 3);
        assertEquals(List.of("Je plaats in de workshop: Waardenworkshop", "Gewijzigd: Waardenworkshop", "Gaat niet door: Waardenworkshop"),
                toSeated.stream().map(Mailbox.Received::subject).toList());
        assertTrue(toSeated.get(1).text().contains("13:30–16:30"), toSeated.get(1).text());
        List<Mailbox.Received> toWaiting = mailbox.awaitTo(waiting, 3);
        assertEquals("أُلغيت: Waardenworkshop", toWaiting.get(2).subject());
    }

    @Test
    void theCalendarFileNamesAmsterdamAndKeepsItsUid() {
        String town = data.municipality();
        LocalDateTime start = march10();
        UUID session = plan(town, start, 5);
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);
        data.book(newcomer, session, "ics");

        Api.Response first = api.get("/api/v1/newcomer/booking/calendar.ics", "Authorization", newcomer.phone());
        Api.Response again = api.get("/api/v1/newcomer/booking/calendar.ics", "Authorization", newcomer.phone());

        assertEquals(200, first.status(), first.body());
        assertTrue(first.header("Content-Type").startsWith("text/calendar"));
        assertEquals("no-store", first.header("Cache-Control"));
        String ics = first.body();
        String date = start.toLocalDate().toString().replace("-", "");
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:" + date + "T093000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Amsterdam:" + date + "T123000\r\n"), ics);
        assertFalse(ics.contains("Brussels"), ics);
        assertTrue(ics.contains("UID:session-" + session + "@localhost\r\n"), ics);
        assertEquals(ics, again.body(), "the same file every time, so calendars recognise it");
        assertTrue(ics.contains("LOCATION:Buurthuis De Linde\\, Lindelaan 4\\, Voorbeeldstad\\, Zaal 2"), ics);
        assertFalse(ics.contains("Nieuwkomer") || ics.contains(newcomer.phone().substring("Bearer ".length())), "no name, no token");
    }

    private UUID plan(String town, LocalDateTime start, int capacity) {
        Api.Response planned = api.send("POST", "/api/v1/municipalities/" + town + "/sessions",
                SessionTestData.plan("Waardenworkshop", start, start.plusHours(3), capacity, List.of("ar")), "Authorization", data.coordinator());
        assertEquals(201, planned.status(), planned.body());
        return planned.as(SessionTestData.Session.class).id();
    }

    private static LocalDateTime march10() {
        return LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(10).atTime(9, 30);
    }
}
