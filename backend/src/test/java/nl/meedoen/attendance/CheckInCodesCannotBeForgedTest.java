package nl.meedoen.attendance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newcomer's check-in code verifies offline with the public key alone, and the server refuses a
 * changed, expired, other-session or foreign-key code with a message that says which.
 */
@MicronautTest(transactional = false)
class CheckInCodesCannotBeForgedTest {

    @Serdeable
    record Code(String code, UUID sessionId, Instant expiresAt) {
    }

    @Serdeable
    record Key(String algorithm, String publicKey) {
    }

    private static final byte[] X509_ED25519 = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final Api api;
    private final AttendanceTestData data;
    private final CheckInCodes codes;
    private final CheckInKeys keys;

    CheckInCodesCannotBeForgedTest(EmbeddedServer server, JsonMapper json, Sql sql, CheckInCodes codes, CheckInKeys keys) {
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
        this.codes = codes;
        this.keys = keys;
    }

    @Test
    void aNewcomersCodeVerifiesOfflineWithThePublicKeyAndOnlyOnTheSessionsDay() throws Exception {
        String town = data.municipality();
        Instant start = ZonedDateTime.now(CheckInCodes.NETHERLANDS).plusDays(3).withHour(9).withMinute(30).toInstant();
        UUID session = data.session(town, start, 10);
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "ar");
        UUID booking = data.book(newcomer.id(), session, "confirmed");

        Api.Response answer = api.get("/api/v1/newcomer/booking/check-in-code", "Authorization", newcomer.phone());
        assertEquals(200, answer.status(), answer.body());
        assertEquals("no-store", answer.header("Cache-Control"));
        Code code = answer.as(Code.class);
        Api.Response keyAnswer = api.get("/api/v1/attendance/public-key");
        assertEquals(200, keyAnswer.status());
        assertTrue(keyAnswer.header("Cache-Control").startsWith("public"), keyAnswer.header("Cache-Control"));
        Key key = keyAnswer.as(Key.class);

        // what the trainer's phone does offline: the public key and the code's own bytes, nothing else
        byte[] bytes = Base64.getUrlDecoder().decode(code.code());
        assertEquals(135, code.code().length(), "fits a small QR code");
        assertTrue(verifies(key, Arrays.copyOf(bytes, 37), Arrays.copyOfRange(bytes, 37, bytes.length)));
        assertEquals(session, code.sessionId());
        assertEquals(start.atZone(CheckInCodes.NETHERLANDS).toLocalDate().plusDays(1).atStartOfDay(CheckInCodes.NETHERLANDS).toInstant(),
                code.expiresAt());

        CheckInCodes.Admission admission = codes.verify(code.code(), session, start);
        assertEquals(booking, admission.bookingId());
    }

    @Test
    void aChangedExpiredOtherSessionOrForeignCodeIsRefusedSayingWhy() throws Exception {
        UUID booking = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant now = Instant.now();
        String valid = codes.issue(booking, session, now.plus(Duration.ofHours(2)));
        assertEquals(booking, codes.verify(valid, session, now).bookingId());

        byte[] changed = Base64.getUrlDecoder().decode(valid);
        changed[5] ^= 1;
        assertRefused("forged", "was not signed by Meedoen, or it was changed", Base64.getUrlEncoder().withoutPadding().encodeToString(changed),
                session, now);
        assertRefused("expired", "has expired", codes.issue(booking, session, now.minusSeconds(1)), session, now);
        assertRefused("other-session", "for another session", valid, UUID.randomUUID(), now);
        assertRefused("forged", "was not signed by Meedoen", signedWithAnotherKey(valid), session, now);
        assertRefused("malformed", "not a Meedoen check-in code", "hello", session, now);
        assertRefused("malformed", "not a Meedoen check-in code", valid.substring(1), session, now);
    }

    @Test
    void everyInstanceSignsWithTheOneStoredKey() {
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> new CheckInSigner(keys).rawPublicKey());
        CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> new CheckInSigner(keys).rawPublicKey());
        Key served = api.get("/api/v1/attendance/public-key").as(Key.class);

        assertArrayEquals(Base64.getUrlDecoder().decode(served.publicKey()), first.join());
        assertArrayEquals(first.join(), second.join());
    }

    @Test
    void aNewcomerWithoutASeatGetsNoCode() {
        String town = data.municipality();
        UUID session = data.session(town, Instant.now().plus(Duration.ofDays(2)), 10);
        AttendanceTestData.Newcomer waiting = data.newcomer(town, "ti");
        data.book(waiting.id(), session, "waitlisted");
        AttendanceTestData.Newcomer none = data.newcomer(town, "ti");

        for (AttendanceTestData.Newcomer newcomer : new AttendanceTestData.Newcomer[] {waiting, none}) {
            Api.Response answer = api.get("/api/v1/newcomer/booking/check-in-code", "Authorization", newcomer.phone());
            assertEquals(404, answer.status());
            assertTrue(answer.as(Problem.class).detail().contains("no seat"), answer.body());
        }
    }

    private void assertRefused(String reason, String message, String code, UUID session, Instant now) {
        CheckInCodeRefused refused = assertThrows(CheckInCodeRefused.class, () -> codes.verify(code, session, now));
        assertEquals(reason, refused.reason());
        assertTrue(refused.detail().contains(message), refused.detail());
    }

    private static String signedWithAnotherKey(String valid) throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] bytes = Base64.getUrlDecoder().decode(valid);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(other.getPrivate());
        signature.update(bytes, 0, 37);
        System.arraycopy(signature.sign(), 0, bytes, 37, 64);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean verifies(Key key, byte[] message, byte[] signed) throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode(key.publicKey());
        assertEquals(32, raw.length);
        byte[] encoded = new byte[X509_ED25519.length + raw.length];
        System.arraycopy(X509_ED25519, 0, encoded, 0, X509_ED25519.length);
        System.arraycopy(raw, 0, encoded, X509_ED25519.length, raw.length);
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(publicKey);
        signature.update(message);
        return signature.verify(signed);
    }
}
