package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CapturedLogs;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that race to add the same person or municipality: one wins, the others get a 409 that
 * does not repeat the value, nobody gets a 500, and the value is not in the log either.
 */
@MicronautTest(transactional = false)
class RacingCreationsConflictTest {

    private static final int RACERS = 10;

    @Serdeable
    record Tokens(String accessToken) {
    }

    private final Api api;
    private final Sql database;

    RacingCreationsConflictTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.api = new Api(server, json);
        this.database = database;
    }

    @Test
    void tenCoordinatorsAddingTheSameEmailAtOnce() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@voorbeeldstad.example";
        List<String> tokens = java.util.stream.IntStream.range(0, RACERS).mapToObj(i -> token("coordinator@voorbeeldstad.example")).toList();

        List<Api.Response> answers;
        try (CapturedLogs logs = new CapturedLogs()) {
            answers = race(i -> api.send("POST", "/api/v1/municipalities/GM9999/staff",
                    Map.of("email", email, "name", "Rania Haddad", "roles", List.of("trainer")), "Authorization", tokens.get(i)));
            assertTrue(logs.lines().stream().noneMatch(line -> line.contains(email)), "the e-mail address is not in the log");
        }

        assertEquals(1, count("SELECT count(*) FROM staff WHERE lower(email) = lower(?)", email));
        assertOneWinnerAndConflicts(answers, email);
    }

    @Test
    void tenAdminsSavingTheSameMunicipalityCodeAtOnce() throws Exception {
        String code = "GM8%03d".formatted((int) (Math.random() * 1000));
        database.update("DELETE FROM municipality WHERE code = ?", code);
        List<String> tokens = java.util.stream.IntStream.range(0, RACERS).mapToObj(i -> token("admin@meedoen.example")).toList();

        List<Api.Response> answers = race(i -> api.send("POST", "/api/v1/municipalities",
                Map.of("code", code, "name", "Racestad " + "abcdefghij".charAt(i)), "Authorization", tokens.get(i)));

        answers.forEach(answer -> assertTrue(answer.status() == 201 || answer.status() == 409, answer.status() + " " + answer.body()));
        assertTrue(answers.stream().anyMatch(answer -> answer.status() == 201));
        assertEquals(1, count("SELECT count(*) FROM municipality WHERE code = ?", code));
    }

    @Test
    void tenAdminsAddingMunicipalitiesWithTheSameNameAtOnce() throws Exception {
        String name = "Dubbelstad " + UUID.randomUUID().toString().substring(0, 8);
        int first = 7000 + (int) (Math.random() * 900);
        java.util.stream.IntStream.range(0, RACERS).forEach(i -> database.update("DELETE FROM municipality WHERE code = ?", "GM" + (first + i)));
        List<String> tokens = java.util.stream.IntStream.range(0, RACERS).mapToObj(i -> token("admin@meedoen.example")).toList();

        List<Api.Response> answers = race(i -> api.send("POST", "/api/v1/municipalities",
                Map.of("code", "GM" + (first + i), "name", name), "Authorization", tokens.get(i)));

        assertOneWinnerAndConflicts(answers, name);
        assertEquals(1, answers.stream().filter(answer -> answer.status() == 201).count());
    }

    private static void assertOneWinnerAndConflicts(List<Api.Response> answers, String value) {
        assertTrue(answers.stream().anyMatch(answer -> answer.status() == 201), "one of them wins");
        for (Api.Response answer : answers) {
            assertTrue(answer.status() == 201 || answer.status() == 409, answer.status() + " " + answer.body());
            if (answer.status() == 409) {
                assertEquals("application/problem+json", answer.header("Content-Type"));
                assertTrue(!answer.body().contains(value), "the conflict does not repeat the value: " + answer.body());
                assertTrue(!answer.as(Problem.class).detail().isBlank());
            }
        }
    }

    /** All requests wait at one gate and leave it together. */
    private static List<Api.Response> race(IntFunction<Api.Response> request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService racers = Executors.newFixedThreadPool(RACERS)) {
            List<Future<Api.Response>> answers = java.util.stream.IntStream.range(0, RACERS)
                    .mapToObj(i -> racers.submit(() -> {
                        gate.await();
                        return request.apply(i);
                    }))
                    .toList();
            gate.countDown();
            List<Api.Response> result = new java.util.ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                result.add(answer.get());
            }
            return result;
        }
    }

    private int count(String sql, String value) {
        return database.one(sql, row -> row.getInt(1), value).orElseThrow();
    }

    private String token(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.as(Tokens.class).accessToken();
    }
}
