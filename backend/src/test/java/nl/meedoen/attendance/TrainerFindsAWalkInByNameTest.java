package nl.meedoen.attendance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer finds a newcomer who had not booked by a part of their name, among the newcomers of the
 * session's municipality only, and learns no more of them than id, name and language.
 */
@MicronautTest(transactional = false)
class TrainerFindsAWalkInByNameTest {

    @Serdeable
    record Candidate(UUID id, String name, String language) {
    }

    private final Api api;
    private final AttendanceTestData data;

    TrainerFindsAWalkInByNameTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void aTrainerOfTheSessionFindsNewcomersOfItsMunicipalityByName() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().plus(Duration.ofHours(1)), 10, trainer.id());
        UUID samira = named(data.newcomer(town, "ar").id(), "Samira Çelik");
        named(data.newcomer(town, "ti").id(), "Yonas Tesfay");
        named(data.newcomer(data.municipality(), "ar").id(), "Samira Celik");

        Api.Response found = search(trainer, session, "celik");

        assertEquals(200, found.status(), found.body());
        assertEquals(List.of(new Candidate(samira, "Samira Çelik", "ar")), found.asListOf(Candidate.class));
        assertEquals("no-store", found.header("Cache-Control"));
        assertFalse(found.body().contains("email") || found.body().contains("regime"), found.body());
        assertEquals(1, search(coordinator, session, "SAMIRA").asListOf(Candidate.class).size());
        assertEquals(List.of(), search(trainer, session, "nobody of that name").asListOf(Candidate.class));
    }

    @Test
    void anotherTrainerIsRefusedAndABlankNameIsInvalid() {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff other = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().plus(Duration.ofHours(1)), 10, trainer.id());

        assertEquals(403, search(other, session, "samira").status());
        Api.Response blank = search(trainer, session, "  ");
        Api.Response punctuation = search(trainer, session, "--");

        assertEquals(400, blank.status(), blank.body());
        assertEquals(400, punctuation.status(), punctuation.body());
        assertTrue(punctuation.as(Problem.class).detail().contains("letter"), punctuation.body());
        assertEquals(404, search(trainer, UUID.randomUUID(), "samira").status());
    }

    private UUID named(UUID newcomer, String name) {
        data.sql().update("UPDATE newcomer SET name = ? WHERE id = ?", name, newcomer);
        return newcomer;
    }

    private Api.Response search(AttendanceTestData.Staff staff, UUID session, String name) {
        return api.send("POST", "/api/v1/trainer/sessions/" + session + "/newcomer-search", Map.of("name", name), "Authorization", staff.token());
    }
}
