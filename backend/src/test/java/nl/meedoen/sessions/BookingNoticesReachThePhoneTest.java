package nl.meedoen.sessions;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer whose phone allowed notifications hears of their booking on the phone as well, in their
 * language, also without an e-mail address. No push contact is configured in tests, so the notices
 * stay in the push outbox, where this test reads them.
 */
@MicronautTest(transactional = false)
class BookingNoticesReachThePhoneTest {

    private final Api api;
    private final Sql sql;
    private final SessionTestData data;

    BookingNoticesReachThePhoneTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SessionTestData(api, sql, municipalities);
    }

    @Test
    void aSeatAndACancellationAreNotifiedInArabic() {
        String town = data.municipality();
        UUID session = data.session(town, 10, 5, "ar").id();
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);
        allowNotifications(newcomer);

        assertEquals(201, data.book(newcomer, session, UUID.randomUUID().toString()).status());
        assertEquals(204, api.send("DELETE", "/api/v1/newcomer/booking", null, "Authorization", newcomer.phone()).status());

        List<String> kinds = notices(newcomer, "kind");
        assertEquals(List.of("booking-confirmed", "booking-cancelled"), kinds);
        String seat = notices(newcomer, "payload").getFirst();
        assertTrue(seat.contains("مقعدك في ورشة العمل"), seat);
        assertTrue(seat.contains("\"dir\":\"rtl\"") && seat.contains("/#/booking"), seat);
    }

    @Test
    void aPhoneWithoutNotificationsGetsNone() {
        String town = data.municipality();
        UUID session = data.session(town, 10, 5, "ar").id();
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);

        assertEquals(201, data.book(newcomer, session, UUID.randomUUID().toString()).status());

        assertEquals(List.of(), notices(newcomer, "kind"));
    }

    private void allowNotifications(SessionTestData.Newcomer newcomer) {
        // The base point of P-256: a valid public key that needs no key generator.
        Map<String, Object> subscription = Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID(),
                "keys", Map.of("p256dh", "BGsX0fLhLEJH-Lzm5WOkQPJ3A32BLeszoPShOUXYmMKWT-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU",
                        "auth", "AAAAAAAAAAAAAAAAAAAAAA"));
        Api.Response allowed = api.send("PUT", "/api/v1/newcomer/push-subscription", subscription, "Authorization", newcomer.phone());
        assertEquals(204, allowed.status(), allowed.body());
    }

    private List<String> notices(SessionTestData.Newcomer newcomer, String column) {
        return sql.list("""
                SELECT o.%s FROM push_outbox o JOIN push_subscription s ON s.id = o.subscription_id
                JOIN newcomer_session n ON n.id = s.newcomer_session_id
                WHERE n.newcomer_id = ? ORDER BY o.id
                """.formatted(column), row -> row.getString(1), newcomer.id());
    }
}
