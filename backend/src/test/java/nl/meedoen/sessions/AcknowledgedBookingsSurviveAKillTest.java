package nl.meedoen.sessions;

import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service instance in a JVM of its own is killed with SIGKILL (kill -9) while booking requests
 * stream in. After a restart every booking that was acknowledged exists exactly once, as answered, and
 * a retry with the same idempotency key returns the original answer byte for byte; a request that was
 * cut off completes once when retried.
 */
@Tag("heavy")
@MicronautTest(transactional = false)
class AcknowledgedBookingsSurviveAKillTest {

    @Serdeable
    record Answer(UUID id, String status) {
    }

    private record Sent(SessionTestData.Newcomer newcomer, String key) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Environment environment;
    private final JsonMapper json;
    private final Sql sql;
    private final SessionTestData data;

    AcknowledgedBookingsSurviveAKillTest(EmbeddedServer server, Environment environment, JsonMapper json, Sql sql,
                                         MunicipalityDirectory municipalities) {
        this.environment = environment;
        this.json = json;
        this.sql = sql;
        this.data = new SessionTestData(new Api(server, json), sql, municipalities);
    }

    @Test
    void everyAcknowledgedBookingIsThereOnceAndRetriesGetTheOriginalAnswer(@TempDir Path logs) throws Exception {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 40, 14, "ar");
        List<Sent> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            requests.add(new Sent(data.newcomer(town, "ar", null), "crash-" + UUID.randomUUID()));
        }
        Map<Sent, byte[]> acknowledged = new ConcurrentHashMap<>();

        int port = freePort();
        Process instance = start(port, logs.resolve("first.log"));
        try {
            awaitHealthy(port, instance);
            AtomicInteger answered = new AtomicInteger();
            try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
                for (Sent request : requests) {
                    clients.submit(() -> {
                        byte[] answer = book(port, session.id(), request);
                        if (answer != null) {
                            acknowledged.put(request, answer);
                            answered.incrementAndGet();
                        }
                    });
                }
                // kill -9 in the middle: some answers are out, others on their way, the rest not yet sent
                while (answered.get() < 60) {
                    LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
                }
                instance.destroyForcibly().waitFor();
                clients.shutdown();
            }
        } finally {
            instance.destroyForcibly().waitFor();
        }
        assertTrue(acknowledged.size() >= 60 && acknowledged.size() < requests.size(), "killed in the middle: " + acknowledged.size());

        // every acknowledged booking is there, once, as it was answered
        for (Map.Entry<Sent, byte[]> entry : acknowledged.entrySet()) {
            Answer answer = json.readValue(entry.getValue(), Answer.class);
            List<String> rows = sql.list("SELECT status FROM booking WHERE newcomer_id = ?", row -> row.getString(1), entry.getKey().newcomer().id());
            assertEquals(List.of(answer.status()), rows, "one booking per acknowledged answer");
            assertEquals(1L, sql.one("SELECT count(*) FROM booking WHERE id = ?", row -> row.getLong(1), answer.id()).orElseThrow());
        }

        // after a restart, every retry gets the first answer, and cut-off requests complete once
        Process restarted = start(port, logs.resolve("restarted.log"));
        try {
            awaitHealthy(port, restarted);
            for (Sent request : requests) {
                byte[] again = book(port, session.id(), request);
                assertTrue(again != null, "the retry is answered");
                if (acknowledged.containsKey(request)) {
                    assertArrayEquals(acknowledged.get(request), again, "the original answer");
                }
            }
        } finally {
            restarted.destroyForcibly().waitFor();
        }
        assertEquals(List.of(40L, 160L), sql.one("""
                SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted') FROM booking WHERE session_id = ?
                """, row -> List.of(row.getLong(1), row.getLong(2)), session.id()).orElseThrow(), "each newcomer once, 40 seats taken");
    }

    /** The body of a 201, or null when no answer came (the instance was killed). */
    private byte[] book(int port, UUID session, Sent request) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/newcomer/bookings"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", request.newcomer().phone())
                    .header("Idempotency-Key", request.key())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + session + "\"}", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 201) {
                throw new AssertionError(response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException cutOff) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The service from the test's class path, in a JVM of its own, on the test's PostgreSQL. */
    private Process start(int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                "-Ddatasources.default.url=" + environment.getRequiredProperty("datasources.default.url", String.class),
                "-Ddatasources.default.username=" + environment.getRequiredProperty("datasources.default.username", String.class),
                "-Ddatasources.default.password=" + environment.getRequiredProperty("datasources.default.password", String.class),
                "-Dmicronaut.server.port=" + port,
                "-cp", System.getProperty("java.class.path"), "nl.meedoen.Application")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private void awaitHealthy(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the instance stopped at start-up");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the instance did not start within 90 seconds");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
