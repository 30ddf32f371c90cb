package nl.meedoen.sessions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service instances on one PostgreSQL take booking requests at the same moment: seats are never
 * given twice, no request is lost or fails, and moves and cancellations racing with bookings keep
 * every session within its capacity with nobody waiting while a seat is free.
 */
@Tag("heavy")
@MicronautTest(transactional = false)
class CapacityHoldsAcrossInstancesTest {

    private final Api first;
    private final Api second;
    private final EmbeddedServer secondServer;
    private final Sql sql;
    private final SessionTestData data;

    CapacityHoldsAcrossInstancesTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.first = new Api(server, json);
        this.secondServer = ApplicationContext.run(EmbeddedServer.class);
        this.second = new Api(secondServer, json);
        this.sql = sql;
        this.data = new SessionTestData(first, sql, municipalities);
    }

    @AfterEach
    void stopSecondInstance() {
        secondServer.close();
    }

    @Test
    void threeHundredNewcomersForThirtySeatsOnTwoInstances() throws Exception {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 30, 14, "ar");
        List<SessionTestData.Newcomer> newcomers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            newcomers.add(data.newcomer(town, "ar", null));
        }

        List<Integer> statuses = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Api.Response response : allAtOnce(newcomers.stream().<Callable<Api.Response>>map(newcomer -> () ->
                (newcomers.indexOf(newcomer) % 2 == 0 ? first : second).send("POST", "/api/v1/newcomer/bookings",
                        Map.of("sessionId", session.id()), "Authorization", newcomer.phone(), "Idempotency-Key", "k-" + newcomer.id())).toList())) {
            statuses.add(response.status());
            answers.add(response.status() == 201 ? response.as(SessionTestData.BookingAnswer.class).status() : response.body());
        }

        assertEquals(List.of(201), statuses.stream().distinct().toList(), "none failed: " + answers);
        Map<String, Long> byStatus = answers.stream().collect(Collectors.groupingBy(answer -> answer, Collectors.counting()));
        assertEquals(Map.of("confirmed", 30L, "waitlisted", 270L), byStatus);
        assertEquals(List.of(30L, 270L), sql.one("""
                SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted') FROM booking WHERE session_id = ?
                """, row -> List.of(row.getLong(1), row.getLong(2)), session.id()).orElseThrow(), "every answer is in the database, once");
        List<Integer> places = sql.list("SELECT b.id FROM booking b WHERE b.session_id = ? AND b.status = 'waitlisted'",
                row -> 1, session.id());
        assertEquals(270, places.size());
    }

    @Test
    void movesAndCancellationsRacingWithBookingsKeepEverySessionWithinItsCapacity() throws Exception {
        String town = data.municipality();
        SessionTestData.Session a = data.session(town, 10, 14, "ar");
        SessionTestData.Session b = data.session(town, 10, 15, "ar");
        List<SessionTestData.Newcomer> booked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);
            assertEquals(201, data.book(newcomer, i % 2 == 0 ? a.id() : b.id(), "setup").status());
            booked.add(newcomer);
        }
        List<SessionTestData.Newcomer> newcomers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            newcomers.add(data.newcomer(town, "ar", null));
        }

        List<Callable<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < booked.size(); i++) {
            SessionTestData.Newcomer newcomer = booked.get(i);
            Api api = i % 2 == 0 ? first : second;
            requests.add(i % 4 < 2
                    ? () -> api.send("PUT", "/api/v1/newcomer/booking", Map.of("sessionId", i2(booked, newcomer) % 2 == 0 ? b.id() : a.id()),
                            "Authorization", newcomer.phone())
                    : () -> api.send("DELETE", "/api/v1/newcomer/booking", null, "Authorization", newcomer.phone()));
        }
        for (int i = 0; i < newcomers.size(); i++) {
            SessionTestData.Newcomer newcomer = newcomers.get(i);
            Api api = i % 2 == 0 ? second : first;
            UUID session = i % 2 == 0 ? a.id() : b.id();
            requests.add(() -> api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", session), "Authorization", newcomer.phone(),
                    "Idempotency-Key", "race"));
        }

        List<Api.Response> responses = allAtOnce(requests);

        for (Api.Response response : responses) {
            assertTrue(response.status() == 200 || response.status() == 201 || response.status() == 204 || response.status() == 409,
                    response.status() + " " + response.body());
        }
        for (UUID session : List.of(a.id(), b.id())) {
            List<Long> counts = sql.one("""
                    SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted') FROM booking WHERE session_id = ?
                    """, row -> List.of(row.getLong(1), row.getLong(2)), session).orElseThrow();
            assertTrue(counts.get(0) <= 10, "never over capacity: " + counts);
            assertTrue(counts.get(0) == 10 || counts.get(1) == 0, "nobody waits while a seat is free: " + counts);
        }
        assertEquals(0L, sql.one("SELECT count(*) FROM (SELECT newcomer_id FROM booking WHERE status IN ('confirmed', 'waitlisted') "
                + "GROUP BY newcomer_id HAVING count(*) > 1) twice", row -> row.getLong(1)).orElseThrow(), "nobody holds two");
        assertEquals(80L, sql.one("""
                SELECT count(DISTINCT newcomer_id) FROM booking b JOIN workshop_session s ON s.id = b.session_id WHERE s.municipality_code = ?
                """, row -> row.getLong(1), town).orElseThrow(), "every newcomer's request left its trace");
    }

    private static int i2(List<SessionTestData.Newcomer> booked, SessionTestData.Newcomer newcomer) {
        return booked.indexOf(newcomer);
    }

    /** Starts every request, lets them go at the same moment, and waits for all answers. */
    private static List<Api.Response> allAtOnce(List<Callable<Api.Response>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (Callable<Api.Response> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        }
    }
}
