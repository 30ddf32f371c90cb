package nl.meedoen.attendance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer who had not booked takes a free seat or comes over capacity; after the session the
 * trainer confirms who came, once, and a coordinator corrects it in the audit log.
 */
@MicronautTest(transactional = false)
class WalkInsAndConfirmationTest {

    private final Api api;
    private final AttendanceTestData data;

    WalkInsAndConfirmationTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void aWalkInTakesAFreeSeatOrIsRecordedOverCapacity() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(5)), 1, trainer.id());
        UUID first = data.newcomer(town, "ar").id();
        UUID second = data.newcomer(town, "ti").id();

        TrainerApi.WalkIn seat = walkIn(trainer, session, first).as(TrainerApi.WalkIn.class);
        TrainerApi.WalkIn over = walkIn(trainer, session, second).as(TrainerApi.WalkIn.class);
        TrainerApi.WalkIn again = walkIn(trainer, session, second).as(TrainerApi.WalkIn.class);

        assertEquals("seat", seat.outcome());
        assertNotNull(seat.bookingId());
        assertEquals("over-capacity", over.outcome());
        assertNull(over.bookingId());
        assertEquals("over-capacity", again.outcome());
        TrainerApi.Roster roster = roster(trainer, session);
        assertEquals(2, roster.entries().size());
        assertTrue(roster.entries().stream().allMatch(entry -> "present".equals(entry.attendance()) && entry.walkIn()));
        assertEquals(1, roster.entries().stream().filter(TrainerApi.Entry::overCapacity).count());
        assertEquals(1, data.count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'confirmed'", session), "capacity holds");
        assertEquals(2, data.count("SELECT count(*) FROM audit_event WHERE subject LIKE ?", "session " + session + " newcomer %"));

        UUID stranger = data.newcomer(data.municipality(), "ar").id();
        assertEquals(404, walkIn(trainer, session, stranger).status());
    }

    @Test
    void theTrainerConfirmsWhoCameOnceAndACoordinatorCorrectsIt() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().minus(Duration.ofHours(4)), 10, trainer.id());
        UUID came = data.newcomer(town, "ar").id();
        UUID stayedAway = data.newcomer(town, "ar").id();
        data.book(came, session, "confirmed");
        data.book(stayedAway, session, "confirmed");
        UUID upcoming = data.session(town, Instant.now().plus(Duration.ofDays(1)), 10, trainer.id());

        Api.Response early = confirm(trainer, upcoming, List.of());
        Api.Response confirmed = confirm(trainer, session, List.of(came));
        Api.Response twice = confirm(trainer, session, List.of(came, stayedAway));

        assertEquals(409, early.status());
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(Map.of(came, "present", stayedAway, "no-show"), attendance(confirmed.as(TrainerApi.Roster.class)));
        assertEquals(409, twice.status());
        assertTrue(twice.as(Problem.class).detail().contains("coordinator"));

        String correction = "/api/v1/municipalities/" + town + "/sessions/" + session + "/attendance/" + stayedAway;
        assertEquals(403, api.send("PUT", correction, Map.of("status", "present"), "Authorization", trainer.token()).status());
        Api.Response corrected = api.send("PUT", correction, Map.of("status", "present"), "Authorization", coordinator.token());
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("present", corrected.as(TrainerApi.Entry.class).attendance());
        assertEquals(400, api.send("PUT", correction, Map.of("status", "maybe"), "Authorization", coordinator.token()).status());
        assertEquals(1, data.count("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'attendance corrected: no-show to present' AND subject = ?
                """, coordinator.id(), "session " + session + " newcomer " + stayedAway));
        assertEquals(1, data.count("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'attendance confirmed'", trainer.id()));
    }

    private static Map<UUID, String> attendance(TrainerApi.Roster roster) {
        return roster.entries().stream().collect(java.util.stream.Collectors.toMap(TrainerApi.Entry::newcomerId, TrainerApi.Entry::attendance));
    }

    private Api.Response walkIn(AttendanceTestData.Staff trainer, UUID session, UUID newcomer) {
        return api.send("POST", "/api/v1/trainer/sessions/" + session + "/walk-ins", Map.of("newcomerId", newcomer), "Authorization", trainer.token());
    }

    private Api.Response confirm(AttendanceTestData.Staff trainer, UUID session, List<UUID> present) {
        return api.send("POST", "/api/v1/trainer/sessions/" + session + "/attendance-confirmation", Map.of("present", present),
                "Authorization", trainer.token());
    }

    private TrainerApi.Roster roster(AttendanceTestData.Staff trainer, UUID session) {
        return api.get("/api/v1/trainer/sessions/" + session + "/roster", "Authorization", trainer.token()).as(TrainerApi.Roster.class);
    }
}
