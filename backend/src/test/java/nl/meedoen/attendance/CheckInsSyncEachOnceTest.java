package nl.meedoen.attendance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Check-ins a trainer's phone queued offline arrive in batches, perhaps twice, perhaps from two phones:
 * each counts once, every scan is kept, and one that cannot count says why.
 */
@MicronautTest(transactional = false)
class CheckInsSyncEachOnceTest {

    private final Api api;
    private final Sql sql;
    private final AttendanceTestData data;

    CheckInsSyncEachOnceTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void theSameBatchSentTwiceChangesNothingTheSecondTime() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 10, trainer.id());
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(tick(session, data.book(data.newcomer(town, "ar").id(), session, "confirmed")));
        }

        TrainerApi.Results first = sync(trainer, batch);
        TrainerApi.Results second = sync(trainer, batch);

        assertEquals(List.of("accepted", "accepted", "accepted"), first.results().stream().map(TrainerApi.Result::result).toList());
        assertEquals(List.of("duplicate", "duplicate", "duplicate"), second.results().stream().map(TrainerApi.Result::result).toList());
        assertEquals(3, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));
        assertEquals(3, data.count("SELECT count(*) FROM check_in WHERE session_id = ?", session));
    }

    @Test
    void twoPhonesCheckingInOneNewcomerGiveOneAttendanceWithBothScans() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff colleague = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 10, trainer.id(), colleague.id());
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "ar");
        UUID booking = data.book(newcomer.id(), session, "confirmed");
        String code = api.get("/api/v1/newcomer/booking/check-in-code", "Authorization", newcomer.phone()).as(TrainerApi.Code.class).code();

        TrainerApi.Result byScan = sync(trainer, List.of(scan(session, code))).results().getFirst();
        TrainerApi.Result byTick = sync(colleague, List.of(tick(session, booking))).results().getFirst();

        assertEquals("accepted", byScan.result());
        assertEquals(newcomer.id(), byScan.newcomerId());
        assertEquals("accepted", byTick.result());
        TrainerApi.Roster roster = api.get("/api/v1/trainer/sessions/" + session + "/roster", "Authorization", trainer.token())
                .as(TrainerApi.Roster.class);
        assertEquals(1, roster.entries().size());
        assertEquals("present", roster.entries().getFirst().attendance());
        assertEquals(2, roster.entries().getFirst().checkIns());
        assertEquals(List.of("scan", "tick"), sql.list("SELECT method FROM check_in WHERE session_id = ? ORDER BY method",
                rows -> rows.getString(1), session));
    }

    @Test
    void tenThousandQueuedCheckInsSyncInBatchesOfFiveHundred() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 500, trainer.id());
        sql.update("""
                WITH made AS (
                    INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime)
                    SELECT gen_random_uuid(), ?, 'Nieuwkomer ' || n, 'ar', 'permit-holder', 'voluntary' FROM generate_series(1, 500) n
                    RETURNING id)
                INSERT INTO booking (id, session_id, newcomer_id, status, confirmed_at) SELECT gen_random_uuid(), ?, id, 'confirmed', now() FROM made
                """, town, session);
        List<UUID> bookings = sql.list("SELECT id FROM booking WHERE session_id = ?", rows -> rows.getObject(1, UUID.class), session);
        // Twenty phones each ticked every newcomer once while offline.
        List<Map<String, Object>> queued = new ArrayList<>();
        for (int phone = 0; phone < 20; phone++) {
            bookings.forEach(booking -> queued.add(tick(session, booking)));
        }
        assertEquals(10_000, queued.size());

        int accepted = 0;
        for (int from = 0; from < queued.size(); from += 500) {
            accepted += (int) sync(trainer, queued.subList(from, from + 500)).results().stream()
                    .filter(result -> result.result().equals("accepted")).count();
        }
        int again = 0;
        for (int from = 0; from < queued.size(); from += 500) {
            again += (int) sync(trainer, queued.subList(from, from + 500)).results().stream()
                    .filter(result -> result.result().equals("duplicate")).count();
        }

        assertEquals(10_000, accepted);
        assertEquals(10_000, again);
        assertEquals(500, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'present'", session));
        assertEquals(10_000, data.count("SELECT count(*) FROM check_in WHERE session_id = ?", session));
        Api.Response tooMany = api.send("POST", "/api/v1/trainer/check-ins", Map.of("checkIns", queued.subList(0, 501)),
                "Authorization", trainer.token());
        assertEquals(400, tooMany.status());
    }

    @Test
    void aCheckInThatCannotCountIsRefusedWithItsReasonAndTheRestOfTheBatchGoesOn() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff otherTrainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 10, trainer.id());
        UUID otherSession = data.session(town, Instant.now().plus(Duration.ofDays(1)), 10, otherTrainer.id());
        AttendanceTestData.Newcomer elsewhere = data.newcomer(town, "ar");
        data.book(elsewhere.id(), otherSession, "confirmed");
        String otherCode = api.get("/api/v1/newcomer/booking/check-in-code", "Authorization", elsewhere.phone()).as(TrainerApi.Code.class).code();
        UUID waiting = data.book(data.newcomer(town, "ti").id(), session, "waitlisted");
        UUID seated = data.book(data.newcomer(town, "ti").id(), session, "confirmed");

        List<TrainerApi.Result> results = sync(trainer, List.of(scan(session, otherCode), tick(session, waiting), tick(session, UUID.randomUUID()),
                scan(session, "not-a-code"), tick(otherSession, seated), tick(session, seated))).results();

        assertEquals(List.of("other-session", "no-seat", "unknown-booking", "malformed", "not-your-session"),
                results.subList(0, 5).stream().map(TrainerApi.Result::reason).toList());
        assertTrue(results.getFirst().message().contains("another session"), results.getFirst().message());
        assertEquals("accepted", results.get(5).result());
        assertEquals(1, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));
    }

    private TrainerApi.Results sync(AttendanceTestData.Staff trainer, List<Map<String, Object>> batch) {
        Api.Response response = api.send("POST", "/api/v1/trainer/check-ins", Map.of("checkIns", batch), "Authorization", trainer.token());
        assertEquals(200, response.status(), response.body());
        assertEquals("no-store", response.header("Cache-Control"));
        return response.as(TrainerApi.Results.class);
    }

    static Map<String, Object> tick(UUID session, UUID booking) {
        return Map.of("id", UUID.randomUUID(), "sessionId", session, "bookingId", booking, "scannedAt", Instant.now().toString(), "method", "tick");
    }

    static Map<String, Object> scan(UUID session, String code) {
        return Map.of("id", UUID.randomUUID(), "sessionId", session, "code", code, "scannedAt", Instant.now().toString(), "method", "scan");
    }
}
