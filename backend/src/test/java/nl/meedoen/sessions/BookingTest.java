package nl.meedoen.sessions;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A linked newcomer books, is waiting-listed, retries, moves and cancels; a coordinator does the same for them. */
@MicronautTest(transactional = false)
class BookingTest {

    private final Api api;
    private final SessionTestData data;

    BookingTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.api = new Api(server, json);
        this.data = new SessionTestData(api, sql, municipalities);
    }

    @Test
    void sessionsInTheNewcomersLanguageComeFirstWithSeatsLeft() {
        String town = data.municipality();
        SessionTestData.Session dutch = data.session(town, 10, 2, "nl");
        SessionTestData.Session arabic = data.session(town, 10, 9, "ar");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);
        data.book(data.newcomer(town, "nl", null), arabic.id(), "one");

        List<SessionTestData.Offer> offers = api.get("/api/v1/newcomer/sessions", "Authorization", newcomer.phone())
                .asListOf(SessionTestData.Offer.class);

        assertEquals(List.of(arabic.id(), dutch.id()), offers.stream().map(SessionTestData.Offer::id).toList());
        assertTrue(offers.getFirst().inYourLanguage());
        assertEquals(9, offers.getFirst().seatsLeft());
        assertFalse(offers.get(1).inYourLanguage());
        assertEquals(401, api.get("/api/v1/newcomer/sessions").status());
    }

    @Test
    void aFullSessionWaitingListsAndAFreedSeatGoesToTheFirstInLine() {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 1, 5, "ar");
        SessionTestData.Newcomer first = data.newcomer(town, "ar", null);
        SessionTestData.Newcomer second = data.newcomer(town, "ar", null);
        SessionTestData.Newcomer third = data.newcomer(town, "ar", null);

        SessionTestData.BookingAnswer seat = data.book(first, session.id(), "a").as(SessionTestData.BookingAnswer.class);
        SessionTestData.BookingAnswer waiting = data.book(second, session.id(), "b").as(SessionTestData.BookingAnswer.class);
        SessionTestData.BookingAnswer waitingToo = data.book(third, session.id(), "c").as(SessionTestData.BookingAnswer.class);

        assertEquals("confirmed", seat.status());
        assertEquals("waitlisted", waiting.status());
        assertEquals(1, waiting.waitingListPosition());
        assertEquals(2, waitingToo.waitingListPosition());
        assertFalse(seat.byMail(), "no e-mail address: nothing is mailed, and the answer says so");

        assertEquals(204, api.send("DELETE", "/api/v1/newcomer/booking", null, "Authorization", first.phone()).status());

        assertEquals("confirmed", booking(second).status());
        assertEquals(1, booking(third).waitingListPosition());
        assertEquals(404, api.get("/api/v1/newcomer/booking", "Authorization", first.phone()).status());
    }

    @Test
    void theSameKeyGetsTheSameAnswerAndAnotherRequestWithItIsRefused() {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 3, 5, "ti");
        SessionTestData.Session other = data.session(town, 3, 6, "ti");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ti", null);

        Api.Response first = data.book(newcomer, session.id(), "retry-me");
        Api.Response again = data.book(newcomer, session.id(), "retry-me");
        Api.Response otherSession = data.book(newcomer, other.id(), "retry-me");
        Api.Response newKey = data.book(newcomer, other.id(), "another-key");
        Api.Response noKey = api.send("POST", "/api/v1/newcomer/bookings", Map.of("sessionId", session.id()), "Authorization", newcomer.phone());

        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status());
        assertArrayEquals(first.bytes(), again.bytes(), "the first answer, byte for byte");
        assertEquals(422, otherSession.status());
        assertEquals(409, newKey.status(), "one booking per newcomer");
        assertTrue(newKey.as(Problem.class).detail().contains("Move it"));
        assertEquals(400, noKey.status());
        assertEquals("application/problem+json", noKey.header("Content-Type"));
    }

    @Test
    void aMoveTakesTheNewSeatAndFreesTheOldOneInOneStep() {
        String town = data.municipality();
        SessionTestData.Session from = data.session(town, 1, 5, "ar");
        SessionTestData.Session to = data.session(town, 1, 6, "ar");
        SessionTestData.Session full = data.session(town, 1, 7, "ar");
        SessionTestData.Newcomer mover = data.newcomer(town, "ar", null);
        SessionTestData.Newcomer waiting = data.newcomer(town, "ar", null);
        data.book(mover, from.id(), "m");
        data.book(waiting, from.id(), "w");
        data.book(data.newcomer(town, "ar", null), full.id(), "f");

        Api.Response refused = api.send("PUT", "/api/v1/newcomer/booking", Map.of("sessionId", full.id()), "Authorization", mover.phone());
        Api.Response moved = api.send("PUT", "/api/v1/newcomer/booking", Map.of("sessionId", to.id()), "Authorization", mover.phone());

        assertEquals(409, refused.status(), "a full session is refused, and the seat stays");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(to.id(), moved.as(SessionTestData.BookingAnswer.class).session().id());
        assertEquals("confirmed", moved.as(SessionTestData.BookingAnswer.class).status());
        assertEquals("confirmed", booking(waiting).status(), "the freed seat went to the waiting list");
        assertEquals(200, api.send("PUT", "/api/v1/newcomer/booking", Map.of("sessionId", to.id()), "Authorization", mover.phone()).status(),
                "moving again to the same session changes nothing");
    }

    @Test
    void afterTheDeadlineOnlyTheCoordinatorCancels() {
        String town = data.municipality();
        assertEquals(200, api.send("PUT", "/api/v1/municipalities/" + town + "/booking-settings", Map.of("cancellationDeadlineHours", 72),
                "Authorization", data.coordinator()).status());
        SessionTestData.Session soon = data.session(town, 5, 2, "so");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "so", null);
        data.book(newcomer, soon.id(), "soon");

        Api.Response own = api.send("DELETE", "/api/v1/newcomer/booking", null, "Authorization", newcomer.phone());
        Api.Response byCoordinator = api.send("DELETE", "/api/v1/municipalities/" + town + "/newcomers/" + newcomer.id() + "/booking", null,
                "Authorization", data.coordinator());

        assertEquals(409, own.status());
        assertEquals("Deadline passed", own.as(Problem.class).title());
        assertEquals(204, byCoordinator.status(), byCoordinator.body());
    }

    @Test
    void aCoordinatorBooksForANewcomerOfTheirMunicipalityOnly() {
        String town = data.municipality();
        SessionTestData.Session session = data.session(town, 5, 3, "pl");
        SessionTestData.Newcomer here = data.newcomer(town, "pl", null);
        SessionTestData.Newcomer elsewhere = data.newcomer(data.municipality(), "pl", null);

        Api.Response booked = api.send("POST", "/api/v1/municipalities/" + town + "/newcomers/" + here.id() + "/booking",
                Map.of("sessionId", session.id()), "Authorization", data.coordinator(), "Idempotency-Key", UUID.randomUUID().toString());
        Api.Response foreign = api.send("POST", "/api/v1/municipalities/" + town + "/newcomers/" + elsewhere.id() + "/booking",
                Map.of("sessionId", session.id()), "Authorization", data.coordinator(), "Idempotency-Key", UUID.randomUUID().toString());

        assertEquals(201, booked.status(), booked.body());
        assertEquals(session.id(), booking(here).session().id());
        assertEquals(404, foreign.status());
    }

    private SessionTestData.BookingAnswer booking(SessionTestData.Newcomer newcomer) {
        Api.Response response = api.get("/api/v1/newcomer/booking", "Authorization", newcomer.phone());
        assertEquals(200, response.status(), response.body());
        return response.as(SessionTestData.BookingAnswer.class);
    }
}
