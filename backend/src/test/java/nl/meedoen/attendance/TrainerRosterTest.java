package nl.meedoen.attendance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer sees the sessions they teach and their rosters, and nobody else's. */
@MicronautTest(transactional = false)
class TrainerRosterTest {

    private final Api api;
    private final AttendanceTestData data;

    TrainerRosterTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void aTrainerSeesTodaysAndLaterSessionsTheyTeachInEveryMunicipality() {
        String town = data.municipality();
        String village = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        data.sql().update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, 'trainer', ?)", trainer.id(), village);
        AttendanceTestData.Staff colleague = data.staff(town, "trainer");
        Instant todayEarly = LocalDate.now(CheckInCodes.NETHERLANDS).atStartOfDay(CheckInCodes.NETHERLANDS).toInstant().plusSeconds(60);
        UUID today = data.session(town, todayEarly, 10, trainer.id());
        UUID later = data.session(village, Instant.now().plus(Duration.ofDays(5)), 10, trainer.id());
        data.session(town, Instant.now().minus(Duration.ofDays(3)), 10, trainer.id());
        data.session(town, Instant.now().plus(Duration.ofDays(1)), 10, colleague.id());

        String token = data.signIn(data.emailOf(trainer.id()));
        Api.Response answer = api.get("/api/v1/trainer/sessions", "Authorization", token);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(today, later), answer.asListOf(TrainerApi.Session.class).stream().map(TrainerApi.Session::id).toList());
    }

    @Test
    void theRosterNamesEachNewcomerWithLanguageInterpreterBookingAndAttendanceAndIsNeverCached() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(10)), 10, trainer.id());
        AttendanceTestData.Newcomer arabic = data.newcomer(town, "ar");
        UUID booking = data.book(arabic.id(), session, "confirmed");
        AttendanceTestData.Newcomer dutch = data.newcomer(town, "nl");
        data.book(dutch.id(), session, "waitlisted");
        api.send("POST", "/api/v1/trainer/check-ins", Map.of("checkIns", List.of(CheckInsSyncEachOnceTest.tick(session, booking))),
                "Authorization", trainer.token());

        Api.Response answer = api.get("/api/v1/trainer/sessions/" + session + "/roster", "Authorization", trainer.token());

        assertEquals(200, answer.status(), answer.body());
        assertEquals("no-store", answer.header("Cache-Control"));
        TrainerApi.Roster roster = answer.as(TrainerApi.Roster.class);
        TrainerApi.Entry first = roster.entries().stream().filter(entry -> entry.newcomerId().equals(arabic.id())).findFirst().orElseThrow();
        assertEquals("ar", first.language());
        assertTrue(first.interpreter(), "the session is taught in Dutch, with an interpreter for Arabic");
        assertEquals("confirmed", first.bookingStatus());
        assertEquals("present", first.attendance());
        assertTrue(first.name().startsWith("Nieuwkomer "));
        TrainerApi.Entry second = roster.entries().stream().filter(entry -> entry.newcomerId().equals(dutch.id())).findFirst().orElseThrow();
        assertFalse(second.interpreter());
        assertEquals("waitlisted", second.bookingStatus());
        assertEquals(null, second.attendance());
        assertEquals(1, roster.session().booked());
        assertEquals(1, roster.session().present());
    }

    @Test
    void anotherTrainerGets403AndATrainerOfElsewhereFindsNothing() {
        String town = data.municipality();
        String elsewhere = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff colleague = data.staff(town, "trainer");
        AttendanceTestData.Staff stranger = data.staff(elsewhere, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().plus(Duration.ofHours(2)), 10, trainer.id());
        // Named as trainer of the session, but without the trainer role in its municipality.
        data.sql().update("INSERT INTO workshop_session_trainer (session_id, staff_id) VALUES (?, ?)", session, stranger.id());
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "ar");
        UUID booking = data.book(newcomer.id(), session, "confirmed");
        String roster = "/api/v1/trainer/sessions/" + session + "/roster";

        assertEquals(200, api.get(roster, "Authorization", trainer.token()).status());
        assertEquals(200, api.get(roster, "Authorization", coordinator.token()).status());
        assertEquals(403, api.get(roster, "Authorization", colleague.token()).status());
        assertEquals(404, api.get(roster, "Authorization", stranger.token()).status());
        assertEquals(404, api.get("/api/v1/trainer/sessions/" + UUID.randomUUID() + "/roster", "Authorization", trainer.token()).status());
        assertEquals(400, api.get("/api/v1/trainer/sessions/not-an-id/roster", "Authorization", trainer.token()).status());

        for (AttendanceTestData.Staff outsider : List.of(colleague, stranger)) {
            TrainerApi.Result result = api.send("POST", "/api/v1/trainer/check-ins",
                    Map.of("checkIns", List.of(CheckInsSyncEachOnceTest.tick(session, booking))), "Authorization", outsider.token())
                    .as(TrainerApi.Results.class).results().getFirst();
            assertEquals("not-your-session", result.reason());
        }
        assertEquals(0, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));
        assertEquals(404, api.send("POST", "/api/v1/trainer/sessions/" + session + "/walk-ins", Map.of("newcomerId", newcomer.id()),
                "Authorization", stranger.token()).status());
    }
}
