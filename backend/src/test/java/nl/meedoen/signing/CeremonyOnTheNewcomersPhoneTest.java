package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ceremony held on the newcomer's own linked phone: the phone finds it, reads it and signs it once;
 * the staff member witnesses on their own device; the phone keeps the certificate. Only the newcomer's
 * own phone may act, only on a ceremony held on the phone, only while it is open and in time.
 */
@MicronautTest(transactional = false)
class CeremonyOnTheNewcomersPhoneTest {

    private static final String ONE_PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private static final Map<String, Object> DRAWN = Map.of("readAndUnderstood", true, "signaturePng", ONE_PIXEL);

    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    CeremonyOnTheNewcomersPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @Test
    void thePhoneFindsReadsAndSignsItOnceAndTheTrainerWitnessesOnTheirOwnDevice() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        var trainer = data.staff(municipality, "trainer", "Trainer Tineke");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        String phone = data.phone(newcomer);
        UUID session = data.sessionWith(municipality, trainer.id(), newcomer);
        api.send("PUT", data.path(municipality, "/local-agreements"), Map.of("dutch", "De gemeente helpt je met een taalmaatje.",
                "translations", Map.of("ar", "تساعدك البلدية برفيق لغوي.")), "Authorization", coordinator.token());
        long subscription = subscribe(newcomer);

        Answers.CeremonyView opened = data.open(municipality, trainer, Map.of("newcomerId", newcomer, "sessionId", session, "onPhone", true));
        Instant now = Instant.now();
        assertTrue(opened.onPhoneUntil().isAfter(now.plus(Duration.ofMinutes(59))) && opened.onPhoneUntil().isBefore(now.plus(Duration.ofMinutes(61))),
                "the phone has an hour: " + opened.onPhoneUntil());
        assertEquals(1L, sql.one("SELECT count(*) FROM push_outbox WHERE subscription_id = ? AND kind = 'signing-ceremony' AND dedup_key = ?",
                row -> row.getLong(1), subscription, "signing-ceremony:" + opened.id()).orElseThrow(), "the phone is told that the ceremony waits");

        Api.Response found = api.get("/api/v1/newcomer/signing-ceremony", "Authorization", phone);
        assertEquals(200, found.status(), found.body());
        assertEquals("no-store", found.header("Cache-Control"));
        Answers.CeremonyView shown = found.as(Answers.CeremonyView.class);
        assertEquals(opened.id(), shown.id());
        assertEquals("open", shown.status());
        assertEquals("rtl", shown.direction());
        assertTrue(shown.dutch().html().contains("Ik respecteer ze en ik aanvaard ze"));
        assertTrue(shown.translation().html().contains("أحترمها وأقبلها"));
        assertTrue(shown.localAgreements().translationHtml().contains("رفيق لغوي"));

        Api.Response first = data.submitOnPhone(phone, opened.id(), "tap-1", DRAWN);
        Api.Response doubleTap = data.submitOnPhone(phone, opened.id(), "tap-1", DRAWN);
        assertEquals(200, first.status(), first.body());
        assertEquals(200, doubleTap.status(), doubleTap.body());
        assertEquals("signed-awaiting-witness", doubleTap.as(Answers.CeremonyView.class).status());
        Api.Response another = data.submitOnPhone(phone, opened.id(), "tap-2", Map.of("readAndUnderstood", true, "typedName", "Amal Haddad"));
        assertEquals(409, another.status(), "a second signing with another key: " + another.body());

        Answers.CeremonyView onTheTrainersDevice = api.get(data.path(municipality, "/signing-ceremonies/" + opened.id()),
                "Authorization", trainer.token()).as(Answers.CeremonyView.class);
        assertEquals("signed-awaiting-witness", onTheTrainersDevice.status(), "the trainer's screen sees that the phone signed");
        Api.Response witnessed = data.witness(municipality, trainer, opened.id());
        assertEquals(201, witnessed.status(), witnessed.body());
        Answers.Signature signature = witnessed.as(Answers.Signature.class);
        assertEquals(trainer.id(), signature.recordedBy());
        assertEquals(1L, sql.one("SELECT count(*) FROM signature WHERE newcomer_id = ?", row -> row.getLong(1), newcomer).orElseThrow(),
                "one signature");
        assertEquals("Mozilla/5.0 (Linux; Android 13) Own phone",
                sql.one("SELECT device FROM signature WHERE id = ?", row -> row.getString(1), signature.id()).orElseThrow(),
                "the phone it was signed on");

        Answers.CeremonyView ended = api.get("/api/v1/newcomer/signing-ceremonies/" + opened.id(), "Authorization", phone)
                .as(Answers.CeremonyView.class);
        assertEquals("closed", ended.status());
        assertEquals(signature.verificationCode(), ended.verificationCode());
        assertEquals(404, api.get("/api/v1/newcomer/signing-ceremony", "Authorization", phone).status(), "nothing waits any more");

        Api.Response certificate = api.get("/api/v1/newcomer/signature/certificate.pdf", "Authorization", phone);
        assertEquals(200, certificate.status(), certificate.body());
        assertEquals("application/pdf", certificate.header("Content-Type"));
        assertEquals("no-store", certificate.header("Cache-Control"));
        assertTrue(new String(certificate.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    @Test
    void anotherNewcomersPhoneFindsNothingAndACeremonyAtTheCounterIsNotThePhones() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        String phone = data.phone(newcomer);
        UUID neighbour = data.newcomer(municipality, "Samir Haddad", "ar", "permit-holder");
        String neighboursPhone = data.phone(neighbour);
        Answers.CeremonyView onPhone = data.open(municipality, coordinator, Map.of("newcomerId", newcomer, "onPhone", true));

        assertEquals(404, api.get("/api/v1/newcomer/signing-ceremony", "Authorization", neighboursPhone).status());
        assertEquals(404, api.get("/api/v1/newcomer/signing-ceremonies/" + onPhone.id(), "Authorization", neighboursPhone).status());
        Api.Response signedByAnother = data.submitOnPhone(neighboursPhone, onPhone.id(), "k", DRAWN);
        assertEquals(404, signedByAnother.status(), signedByAnother.body());
        assertEquals(404, api.get("/api/v1/newcomer/signature/certificate.pdf", "Authorization", neighboursPhone).status(),
                "no signature, no certificate");
        assertEquals(403, api.get(data.path(municipality, "/signing-ceremonies/" + onPhone.id()), "Authorization", phone).status(),
                "a phone has no business on the staff routes");
        assertEquals(403, api.send("POST", data.path(municipality, "/signing-ceremonies/" + onPhone.id() + "/witness"), null,
                "Authorization", phone).status(), "a phone cannot witness its own signature");

        UUID other = data.newcomer(municipality, "Noor Haddad", "ar", "permit-holder");
        String othersPhone = data.phone(other);
        Answers.CeremonyView atTheCounter = data.open(municipality, coordinator, Map.of("newcomerId", other));
        assertEquals(404, data.submitOnPhone(othersPhone, atTheCounter.id(), "k", DRAWN).status(), "held on the staff device, not on the phone");
        assertEquals(404, api.get("/api/v1/newcomer/signing-ceremony", "Authorization", othersPhone).status());
    }

    @Test
    void aCeremonyWhoseTimeIsOverOrThatEndedIsRefusedSayingWhy() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        String phone = data.phone(newcomer);

        Answers.CeremonyView late = data.open(municipality, coordinator, Map.of("newcomerId", newcomer, "onPhone", true));
        sql.update("UPDATE signing_ceremony SET on_phone_until = opened_at + interval '1 millisecond' WHERE id = ?", late.id());
        assertEquals(404, api.get("/api/v1/newcomer/signing-ceremony", "Authorization", phone).status(), "nothing waits in time");
        Api.Response tooLate = data.submitOnPhone(phone, late.id(), "k1", DRAWN);
        assertEquals(409, tooLate.status(), tooLate.body());
        assertEquals("application/problem+json", tooLate.header("Content-Type"));
        assertTrue(tooLate.as(Problem.class).detail().contains("ask the staff member to open it again"), tooLate.body());

        Answers.CeremonyView refused = data.open(municipality, coordinator, Map.of("newcomerId", newcomer, "onPhone", true));
        Api.Response refusal = api.send("POST", data.path(municipality, "/signing-ceremonies/" + refused.id() + "/refusal"),
                Map.of("reason", "Wil nog nadenken"), "Authorization", coordinator.token());
        assertEquals(201, refusal.status(), refusal.body());
        Api.Response afterTheRefusal = data.submitOnPhone(phone, refused.id(), "k2", DRAWN);
        assertEquals(409, afterTheRefusal.status(), afterTheRefusal.body());
        assertEquals("This ceremony has ended.", afterTheRefusal.as(Problem.class).detail());
        assertEquals(0L, sql.one("SELECT count(*) FROM signature WHERE newcomer_id = ? AND kind = 'signed'", row -> row.getLong(1), newcomer)
                .orElseThrow());
    }

    @Test
    void openingOnThePhoneNeedsALinkedPhone() {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");

        Api.Response response = api.send("POST", data.path(municipality, "/signing-ceremonies"), Map.of("newcomerId", newcomer, "onPhone", true),
                "Authorization", coordinator.token());

        assertEquals(409, response.status(), response.body());
        assertTrue(response.as(Problem.class).detail().contains("no linked phone"), response.body());
    }

    /** A subscription of the newcomer's phone to notifications, written as the row the app's subscription leaves. */
    private long subscribe(UUID newcomer) {
        UUID phoneSession = sql.one("SELECT id FROM newcomer_session WHERE newcomer_id = ?", row -> row.getObject(1, UUID.class), newcomer)
                .orElseThrow();
        return sql.one("""
                INSERT INTO push_subscription (newcomer_session_id, endpoint, p256dh, auth)
                VALUES (?, ?, decode('04' || repeat('11', 64), 'hex'), decode(repeat('22', 16), 'hex')) RETURNING id
                """, row -> row.getLong(1), phoneSession, "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID()).orElseThrow();
    }
}
