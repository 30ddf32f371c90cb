package nl.meedoen.sessions;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coordinators plan, change, copy and cancel sessions; bad plans are a 400 naming the field. */
@MicronautTest(transactional = false)
class SessionPlanningTest {

    @Serdeable
    record Event(String action, String subject) {
    }

    private final Api api;
    private final SessionTestData data;

    SessionPlanningTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.data = new SessionTestData(api, sql, municipalities);
    }

    @Test
    void aSessionIsPlannedInDutchTimeWithItsTrainerAndIsInTheAuditLog() {
        String town = data.municipality();
        UUID trainer = data.trainer(town, "Fatima Trainer");
        LocalDateTime start = LocalDateTime.now(SessionTimes.NETHERLANDS).plusDays(10).withHour(13).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> plan = new HashMap<>(SessionTestData.plan("Waarden in de praktijk", start, start.plusHours(4), 12, List.of("ar", "nl")));
        plan.put("trainerIds", List.of(trainer));

        Api.Response planned = api.send("POST", "/api/v1/municipalities/" + town + "/sessions", plan, "Authorization", data.coordinator());

        assertEquals(201, planned.status(), planned.body());
        SessionTestData.Session session = planned.as(SessionTestData.Session.class);
        assertEquals(start, LocalDateTime.parse(session.start()));
        assertEquals(ZonedDateTime.of(start, SessionTimes.NETHERLANDS).toInstant().toString(), session.startsAt());
        assertEquals(List.of(new SessionTestData.Trainer(trainer, "Fatima Trainer")), session.trainers());
        assertEquals("planned", session.status());
        List<Event> log = api.get("/api/v1/municipalities/" + town + "/audit-events", "Authorization", data.coordinator()).asListOf(Event.class);
        assertEquals(new Event("session planned", "session " + session.id()), log.getFirst());
    }

    @Test
    void aBadPlanIsA400ThatNamesWhatIsWrong() {
        String town = data.municipality();
        UUID elsewhere = data.trainer(data.municipality(), "Trainer elders");
        LocalDateTime start = LocalDateTime.now(SessionTimes.NETHERLANDS).plusDays(5).withHour(9).withMinute(0).withSecond(0).withNano(0);

        assertBad(town, SessionTestData.plan("Omgekeerd", start, start.minusHours(1), 10, List.of("nl")), "end must be after the start");
        assertBad(town, SessionTestData.plan("Leeg", start, start.plusHours(3), 0, List.of("nl")), "capacity");
        assertBad(town, SessionTestData.plan("Onbekende taal", start, start.plusHours(3), 10, List.of("xx")), "xx");
        assertBad(town, SessionTestData.plan("Verleden", start.minusDays(10), start.minusDays(10).plusHours(3), 10, List.of("nl")),
                "start must be in the future");
        Map<String, Object> foreignTrainer = new HashMap<>(SessionTestData.plan("Trainer", start, start.plusHours(3), 10, List.of("nl")));
        foreignTrainer.put("trainerIds", List.of(elsewhere));
        assertBad(town, foreignTrainer, "trainer role in this municipality");
    }

    @Test
    void theCapacityCannotGoBelowTheSeatsTakenAndMoreSeatsGoToTheWaitingList() {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 2, 7, "ar");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, data.book(data.newcomer(town, "ar", null), session.id(), "k" + i).status());
        }
        LocalDateTime start = LocalDateTime.parse(session.start());

        Api.Response lower = api.send("PUT", "/api/v1/municipalities/" + town + "/sessions/" + session.id(),
                SessionTestData.plan("Waardenworkshop", start, start.plusHours(3), 1, List.of("ar")), "Authorization", data.coordinator());
        Api.Response higher = api.send("PUT", "/api/v1/municipalities/" + town + "/sessions/" + session.id(),
                SessionTestData.plan("Waardenworkshop", start, start.plusHours(3), 3, List.of("ar")), "Authorization", data.coordinator());

        assertEquals(409, lower.status(), lower.body());
        assertEquals(200, higher.status(), higher.body());
        assertEquals(3, higher.as(SessionTestData.Session.class).confirmed(), "the one waiting got the new seat");
        assertEquals(0, higher.as(SessionTestData.Session.class).waitlisted());
    }

    @Test
    void aWeeklySeriesKeepsTheDutchClockTimeAcrossSummerTime() {
        String town = data.municipality();
        SessionTestData.Session first = data.session(town, 10, 3, "nl");

        Api.Response copied = api.send("POST", "/api/v1/municipalities/" + town + "/sessions/" + first.id() + "/weekly-copies",
                Map.of("weeks", 30), "Authorization", data.coordinator());

        assertEquals(201, copied.status(), copied.body());
        List<SessionTestData.Session> copies = copied.asListOf(SessionTestData.Session.class);
        assertEquals(30, copies.size());
        LocalDateTime start = LocalDateTime.parse(first.start());
        for (int week = 1; week <= 30; week++) {
            SessionTestData.Session copy = copies.get(week - 1);
            assertEquals(start.plusWeeks(week), LocalDateTime.parse(copy.start()), "same weekday and 09:30 on Dutch clocks");
            assertEquals(first.id(), copy.seriesId());
        }
        assertEquals(first.id(), api.get("/api/v1/municipalities/" + town + "/sessions/" + first.id(), "Authorization", data.coordinator())
                .as(SessionTestData.Session.class).seriesId());
    }

    @Test
    void aCancelledSessionEndsItsBookingsAndCannotBeBookedOrChanged() {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 5, 4, "fa");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "fa", null);
        assertEquals(201, data.book(newcomer, session.id(), "first").status());

        Api.Response cancelled = api.send("POST", "/api/v1/municipalities/" + town + "/sessions/" + session.id() + "/cancellation", null,
                "Authorization", data.coordinator());

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("cancelled", cancelled.as(SessionTestData.Session.class).status());
        assertEquals(0, cancelled.as(SessionTestData.Session.class).confirmed());
        assertEquals(404, api.get("/api/v1/newcomer/booking", "Authorization", newcomer.phone()).status());
        assertEquals(409, data.book(data.newcomer(town, "fa", null), session.id(), "late").status());
        LocalDateTime start = LocalDateTime.parse(session.start());
        assertEquals(409, api.send("PUT", "/api/v1/municipalities/" + town + "/sessions/" + session.id(),
                SessionTestData.plan("Toch", start, start.plusHours(3), 5, List.of("fa")), "Authorization", data.coordinator()).status());
    }

    private void assertBad(String town, Map<String, Object> plan, String expected) {
        Api.Response response = api.send("POST", "/api/v1/municipalities/" + town + "/sessions", plan, "Authorization", data.coordinator());
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertTrue(response.body().contains(expected), response.body());
    }
}
