package nl.meedoen.privacy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.signing.BackdatedSignatures;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.CapturedLogs;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five years (the default) after a newcomer's trajectory ended, the daily job erases their personal data
 * everywhere and keeps the signature as proof. The clock is moved by the test; every test runs the job
 * on days of its own, years before the real date, so no other test's newcomers are ever due.
 */
@MicronautTest(transactional = false)
class RetentionJobTest {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** A clock the test moves by hand; the job reads it through the Clock bean. */
    static final class SetClock extends Clock {

        private volatile Instant instant = Instant.now();

        void set(String dutchLocalTime) {
            instant = dutch(dutchLocalTime);
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

    @Serdeable
    record Verification(String code, String status, String municipality, String signedOn, @Nullable String initials) {
    }

    record AuditEntry(@Nullable UUID actorId, String actorName, String subject, @Nullable String client) {
    }

    private final SetClock clock = new SetClock();
    private final RetentionJob job;
    private final RetentionTestData data;
    private final BackdatedSignatures signatures;
    private final Sql sql;
    private final Api api;

    RetentionJobTest(RetentionJob job, Sql sql, MunicipalityDirectory municipalities, EmbeddedServer server, JsonMapper json) {
        this.job = job;
        this.sql = sql;
        this.data = new RetentionTestData(sql, municipalities, server.getApplicationContext());
        this.signatures = new BackdatedSignatures(server.getApplicationContext());
        this.api = new Api(server, json);
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void justAfterThePeriodEveryPersonalDatumOfThatNewcomerIsGoneAndTheSignatureStillVerifies() {
        // given: a newcomer whose trajectory ended when they signed, at midnight of 2 March 2016, and one who signed in 2019
        String municipality = data.municipality();
        UUID trainer = data.staff(municipality);
        RetentionTestData.Person ended = data.signedAt(municipality, trainer, dutch("2016-03-02T00:00:00"));
        RetentionTestData.Person recent = data.signedAt(municipality, trainer, dutch("2019-05-01T11:00:00"));
        Map<String, Integer> endedBefore = data.whatIsLeftOf(ended);
        Map<String, Integer> recentBefore = data.whatIsLeftOf(recent);
        assertTrue(endedBefore.values().stream().allMatch(count -> count > 0), "every table holds something of them: " + endedBefore);
        assertTrue(data.textsNaming(ended).keySet().containsAll(List.of("newcomer.name", "newcomer.email", "newcomer.phone",
                "mail_outbox.recipient", "push_outbox.payload", "signature.typed_name", "signing_ceremony.typed_name")),
                data.textsNaming(ended).toString());

        // when: one second before five years have passed
        clock.set("2021-03-01T23:59:59");
        assertTrue(job.runToday().isPresent());

        // then: nothing changed
        assertEquals(endedBefore, data.whatIsLeftOf(ended));
        assertEquals(recentBefore, data.whatIsLeftOf(recent));

        // when: one second after
        clock.set("2021-03-02T00:00:01");
        Optional<String> run;
        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            run = job.runToday();
            logged = logs.lines().stream().filter(line -> line.startsWith(RetentionJob.class.getName())).toList();
        }

        // then: nothing of the newcomer is left in any table, in any text column
        assertTrue(run.isPresent());
        assertTrue(data.whatIsLeftOf(ended).values().stream().allMatch(count -> count == 0), data.whatIsLeftOf(ended).toString());
        assertEquals(Map.of(), data.textsNaming(ended));
        assertEquals(recentBefore, data.whatIsLeftOf(recent), "the other newcomer keeps everything");

        // and: the signature row stays as proof, the chain verifies, and so does the code, without initials
        assertEquals(1, sql.one("SELECT count(*) FROM signature WHERE newcomer_id = ? AND erased_at IS NOT NULL", row -> row.getInt(1),
                ended.id()).orElseThrow());
        assertTrue(signatures.chainIntact(municipality));
        Verification verification = api.get("/api/v1/verifications/" + ended.signatureCode()).as(Verification.class);
        assertEquals("valid", verification.status());
        assertEquals("Bewaarstad " + municipality, verification.municipality());
        assertEquals("2016-03-01", verification.signedOn());
        assertNull(verification.initials());
        assertTrue(api.get("/api/v1/verifications/" + recent.signatureCode()).as(Verification.class).initials().startsWith("R. P."));

        // and: the log line and the audit entry hold counts, nothing that names the newcomer
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.getFirst().contains("newcomers="), logged.getFirst());
        List<AuditEntry> audit = auditIn(municipality);
        assertEquals(List.of(new AuditEntry(null, RetentionErasure.ACTOR, "newcomers=1 invitations=1 linked-phones=1 push-subscriptions=1 "
                + "pushes=1 bookings=1 reminders=1 attendances=1 check-ins=1 ceremonies=1 signatures-erased=1 signatures-kept-whole=0 "
                + "mails=1 booking-requests=2", null)), audit);
        for (String text : List.of(logged.getFirst(), audit.getFirst().subject())) {
            for (String personal : List.of(ended.name(), ended.email(), ended.phone(), ended.id().toString(), ended.signatureCode())) {
                assertFalse(text.contains(personal), text);
            }
        }
        assertTrue(sql.one("SELECT newcomers FROM retention_run WHERE run_on = ?", row -> row.getInt(1), LocalDate.of(2021, 3, 2))
                .orElseThrow() >= 1, "the day's run counts them");
    }

    @Test
    void aNewcomerWhoNeverSignedIsKeptUntilFiveYearsAfterTheirDeadline() {
        String municipality = data.municipality();
        UUID newcomer = data.registeredOnly(municipality, dutch("2014-05-01T10:00:00"), LocalDate.of(2017, 6, 30));

        clock.set("2022-06-30T23:59:59");
        job.runToday();
        assertTrue(exists(newcomer), "the deadline was the end of 30 June 2017");

        clock.set("2022-07-01T00:00:01");
        job.runToday();
        assertFalse(exists(newcomer));
    }

    @Test
    void aRevokedSignatureDoesNotEndTheTrajectoryBeforeTheDeadline() {
        // given: signed in 2013, revoked the next day and never signed again; the deadline was 10 January 2015
        String municipality = data.municipality();
        UUID trainer = data.staff(municipality);
        UUID newcomer = data.registeredOnly(municipality, dutch("2012-01-10T10:00:00"), LocalDate.of(2015, 1, 10));
        BackdatedSignatures.Signed signed = signatures.signed(municipality, newcomer, trainer, dutch("2013-05-01T15:00:00"), "Nooit Gekomen");
        signatures.revoked(municipality, signed, trainer, dutch("2013-05-02T09:00:00"), "Getekend onder een verkeerde naam");

        clock.set("2020-01-10T23:59:59");
        job.runToday();
        assertTrue(exists(newcomer), "five years count from the end of the deadline day, not from the revoked signature");

        clock.set("2020-01-11T00:00:01");
        job.runToday();
        assertFalse(exists(newcomer));
        assertEquals(List.of(new AuditEntry(null, RetentionErasure.ACTOR, "newcomers=1 invitations=0 linked-phones=0 push-subscriptions=0 "
                + "pushes=0 bookings=0 reminders=0 attendances=0 check-ins=0 ceremonies=0 signatures-erased=2 signatures-kept-whole=0 "
                + "mails=0 booking-requests=0", null)), auditIn(municipality));
        assertEquals(0, sql.one("SELECT count(*) FROM signature WHERE newcomer_id = ? AND (typed_name IS NOT NULL OR reason IS NOT NULL)",
                row -> row.getInt(1), newcomer).orElseThrow());
        assertTrue(signatures.chainIntact(municipality));
    }

    @Test
    void twoInstancesAtOnceAndASecondRunOnTheSameDayEraseOnce() throws Exception {
        String municipality = data.municipality();
        UUID trainer = data.staff(municipality);
        RetentionTestData.Person ended = data.signedAt(municipality, trainer, dutch("2011-01-05T09:00:00"));
        clock.set("2023-01-10T03:00:00");

        // when: two instances start today's run at the same moment, and later one tries again
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Optional<String>>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return job.runToday();
            }));
        }
        start.countDown();
        List<Optional<String>> runs = new ArrayList<>();
        for (CompletableFuture<Optional<String>> instance : instances) {
            runs.add(instance.get());
        }
        Optional<String> again = job.runToday();

        // then
        assertEquals(1, runs.stream().filter(Optional::isPresent).count(), runs.toString());
        assertTrue(again.isEmpty());
        assertFalse(exists(ended.id()));
        assertEquals(1, auditIn(municipality).size());
        assertEquals(1, sql.one("SELECT count(*) FROM retention_run WHERE run_on = ? AND finished_at IS NOT NULL", row -> row.getInt(1),
                LocalDate.of(2023, 1, 10)).orElseThrow());
        assertTrue(signatures.chainIntact(municipality));
    }

    private boolean exists(UUID newcomer) {
        return sql.one("SELECT count(*) FROM newcomer WHERE id = ?", row -> row.getInt(1), newcomer).orElseThrow() == 1;
    }

    private List<AuditEntry> auditIn(String municipality) {
        return sql.list("SELECT actor_id, actor_name, subject, client FROM audit_event WHERE municipality_code = ? AND action = 'retention.erased'",
                row -> new AuditEntry(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4)), municipality);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Instant dutch(String localTime) {
        return LocalDateTime.parse(localTime).atZone(NETHERLANDS).toInstant();
    }
}
