package nl.meedoen.privacy;

import io.micronaut.context.BeanContext;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.signing.BackdatedSignatures;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.TestMunicipalities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Newcomers of years ago with something in every table that holds a newcomer's data, written as rows
 * at moments before a chosen end of their trajectory; and a count of what is left of each of them.
 */
final class RetentionTestData {

    /** A newcomer as registered: everything by which someone could find them again. */
    record Person(UUID id, String municipality, String name, String email, String phone, String typedName, String signatureCode) {
    }

    private final Sql sql;
    private final MunicipalityDirectory municipalities;
    private final BackdatedSignatures signatures;

    RetentionTestData(Sql sql, MunicipalityDirectory municipalities, BeanContext context) {
        this.sql = sql;
        this.municipalities = municipalities;
        this.signatures = new BackdatedSignatures(context);
    }

    String municipality() {
        return TestMunicipalities.fresh(municipalities, 7, "Bewaarstad");
    }

    UUID staff(String municipality) {
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO staff (id, email, name) VALUES (?, ?, 'Trainer Bewaar')", id, "trainer-" + id + "@gemeente.example");
        sql.update("INSERT INTO staff_role (staff_id, role, municipality_code) VALUES (?, 'trainer', ?)", id, municipality);
        return id;
    }

    /**
     * A newcomer under Wi2021 who registered, was invited, linked a phone that allowed notifications, got a
     * mail and a push, booked a workshop, was reminded, came, was checked in and signed at {@code signedAt},
     * which is the last thing that happened with them.
     */
    Person signedAt(String municipality, UUID staff, Instant signedAt) {
        UUID id = UUID.randomUUID();
        String marker = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String name = "Retentie Persoon " + marker;
        String email = "persoon-" + marker + "@voorbeeld.example";
        String phone = "+316" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        Instant registered = signedAt.minus(Duration.ofDays(400));
        LocalDate start = LocalDate.ofInstant(registered, java.time.ZoneOffset.UTC);
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start, deadline,
                                      phone, email, created_by, created_at)
                VALUES (?, ?, ?, 'ar', 'permit-holder', 'wi2021', ?, ?, ?, ?, ?, ?)
                """, id, municipality, name, start, start.plusYears(3), phone, email, staff, registered);

        UUID invitation = UUID.randomUUID();
        sql.update("INSERT INTO invitation (id, newcomer_id, code_hash, created_by, created_at, expires_at, redeemed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                invitation, id, sha256("code " + invitation), staff, registered, registered.plus(Duration.ofDays(30)),
                registered.plus(Duration.ofDays(1)));
        UUID phoneSession = UUID.randomUUID();
        sql.update("INSERT INTO newcomer_session (id, newcomer_id, invitation_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                phoneSession, id, invitation, sha256("token " + phoneSession), registered.plus(Duration.ofDays(1)));
        byte[] key = new byte[65];
        key[0] = 4;
        long subscription = sql.one("""
                INSERT INTO push_subscription (newcomer_session_id, endpoint, p256dh, auth, created_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), phoneSession, "https://push.example/" + marker, key, new byte[16],
                registered.plus(Duration.ofDays(1))).orElseThrow();
        sql.update("""
                INSERT INTO push_outbox (subscription_id, dedup_key, kind, payload, created_at, valid_until, sent_at)
                VALUES (?, ?, 'session-reminder', ?, ?, ?, ?)
                """, subscription, "reminder:" + marker, "{\"title\":\"Tot morgen, " + name + "\"}", registered.plus(Duration.ofDays(2)),
                registered.plus(Duration.ofDays(3)), registered.plus(Duration.ofDays(2)));
        sql.update("""
                INSERT INTO mail_outbox (kind, recipient, subject, text_body, created_at, next_attempt_at)
                VALUES ('newcomer-booking', ?, 'Uw workshop', ?, ?, ?)
                """, email, "Beste " + name + ", tot ziens.", registered.plus(Duration.ofDays(2)), registered.plus(Duration.ofDays(2)));

        UUID session = UUID.randomUUID();
        Instant sessionStart = signedAt.minus(Duration.ofHours(4));
        sql.update("""
                INSERT INTO workshop_session (id, municipality_code, title, starts_at, ends_at, place_name, place_address, capacity, languages,
                                              created_at, updated_at)
                VALUES (?, ?, 'Waardenworkshop', ?, ?, 'Buurthuis', 'Straat 1', 20, '{ar}', ?, ?)
                """, session, municipality, sessionStart, sessionStart.plus(Duration.ofHours(3)), registered, registered);
        sql.update("INSERT INTO workshop_session_trainer (session_id, staff_id) VALUES (?, ?)", session, staff);
        UUID booking = UUID.randomUUID();
        Instant booked = registered.plus(Duration.ofDays(3));
        sql.update("INSERT INTO booking (id, session_id, newcomer_id, status, booked_at, confirmed_at) VALUES (?, ?, ?, 'confirmed', ?, ?)",
                booking, session, id, booked, booked);
        sql.update("INSERT INTO booking_reminder (booking_id, minutes_before, due_at, sent_at) VALUES (?, 120, ?, ?)",
                booking, sessionStart.minus(Duration.ofHours(2)), sessionStart.minus(Duration.ofHours(2)));
        sql.update("INSERT INTO booking_request (caller, idempotency_key, request_hash, response, created_at) VALUES (?, ?, ?, ?, ?)",
                "newcomer:" + id, "key-" + marker, sha256(id + " " + session), "{\"id\":\"" + booking + "\"}", booked);
        sql.update("INSERT INTO booking_request (caller, idempotency_key, request_hash, response, created_at) VALUES (?, ?, ?, ?, ?)",
                "staff:" + staff, "key-" + marker, sha256(id + " " + session), "{\"id\":\"" + booking + "\"}", booked);
        sql.update("""
                INSERT INTO attendance (session_id, newcomer_id, booking_id, status, updated_at, updated_by)
                VALUES (?, ?, ?, 'present', ?, ?)
                """, session, id, booking, sessionStart, staff);
        sql.update("INSERT INTO check_in (id, session_id, newcomer_id, method, scanned_at, received_at, staff_id) VALUES (?, ?, ?, 'scan', ?, ?, ?)",
                UUID.randomUUID(), session, id, sessionStart, sessionStart, staff);

        String typedName = name;
        BackdatedSignatures.Signed signed = signatures.signed(municipality, id, staff, signedAt, typedName);
        sql.update("""
                INSERT INTO signing_ceremony (id, municipality_code, newcomer_id, session_id, opened_by, opened_at, declaration_version,
                                              locale, document_sha256, submission_key, typed_name, signed_at, device, client_address,
                                              signature_id)
                SELECT ?, municipality_code, newcomer_id, ?, ?, ?, declaration_version, locale, document_sha256, ?, ?, signed_at,
                       'Android 14 · Chrome', '192.0.2.44', id
                  FROM signature WHERE id = ?
                """, UUID.randomUUID(), session, staff, signedAt.minus(Duration.ofMinutes(10)), "submission-" + marker, typedName, signed.id());
        return new Person(id, municipality, name, email, phone, typedName, signed.verificationCode());
    }

    /** A newcomer under Wi2021 who was registered and never came; nothing happened after {@code registered}. */
    UUID registeredOnly(String municipality, Instant registered, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        sql.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, obligation_start, deadline, created_at)
                VALUES (?, ?, 'Nooit Gekomen', 'so', 'permit-holder', 'wi2021', ?, ?, ?)
                """, id, municipality, deadline.minusYears(3), deadline, registered);
        return id;
    }

    /** How many rows of each table still hold something of the person; the signature row itself stays, so it counts its personal parts. */
    Map<String, Integer> whatIsLeftOf(Person person) {
        Map<String, Integer> left = new LinkedHashMap<>();
        count(left, "newcomer", "SELECT count(*) FROM newcomer WHERE id = ?", person.id());
        count(left, "invitation", "SELECT count(*) FROM invitation WHERE newcomer_id = ?", person.id());
        count(left, "newcomer_session", "SELECT count(*) FROM newcomer_session WHERE newcomer_id = ?", person.id());
        count(left, "push_subscription", "SELECT count(*) FROM push_subscription WHERE endpoint LIKE ?", "%" + marker(person) + "%");
        count(left, "push_outbox", "SELECT count(*) FROM push_outbox WHERE dedup_key LIKE ?", "%" + marker(person) + "%");
        count(left, "mail_outbox", "SELECT count(*) FROM mail_outbox WHERE recipient = ?", person.email());
        count(left, "booking", "SELECT count(*) FROM booking WHERE newcomer_id = ?", person.id());
        count(left, "booking_reminder", "SELECT count(*) FROM booking_reminder r JOIN booking b ON b.id = r.booking_id WHERE b.newcomer_id = ?",
                person.id());
        count(left, "booking_request", "SELECT count(*) FROM booking_request WHERE idempotency_key LIKE ?", "%" + marker(person));
        count(left, "attendance", "SELECT count(*) FROM attendance WHERE newcomer_id = ?", person.id());
        count(left, "check_in", "SELECT count(*) FROM check_in WHERE newcomer_id = ?", person.id());
        count(left, "signing_ceremony", "SELECT count(*) FROM signing_ceremony WHERE newcomer_id = ?", person.id());
        count(left, "signature personal parts", """
                SELECT count(*) FROM signature WHERE newcomer_id = ?
                   AND (signature_png IS NOT NULL OR typed_name IS NOT NULL OR reason IS NOT NULL OR device IS NOT NULL
                        OR client_address IS NOT NULL OR personal_salt IS NOT NULL)
                """, person.id());
        return left;
    }

    /** Every text column of every table that contains the person's name, e-mail address or phone number, with how often. */
    Map<String, Integer> textsNaming(Person person) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String[] column : sql.list("""
                SELECT table_name, column_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')
                """, row -> new String[] {row.getString(1), row.getString(2)})) {
            String query = "SELECT count(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ? OR \"" + column[1] + "\" LIKE ? OR \""
                           + column[1] + "\" LIKE ?";
            int count = sql.one(query, row -> row.getInt(1), "%" + person.name() + "%", "%" + person.email() + "%", "%" + person.phone() + "%")
                    .orElseThrow();
            if (count > 0) {
                found.put(column[0] + "." + column[1], count);
            }
        }
        return found;
    }

    private static String marker(Person person) {
        return person.name().substring(person.name().lastIndexOf(' ') + 1);
    }

    private void count(Map<String, Integer> left, String table, String query, Object parameter) {
        left.put(table, sql.one(query, row -> row.getInt(1), parameter).orElseThrow());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
