package nl.meedoen.sessions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.meedoen.identity.NewcomerContacts;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.TokenRequired;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A newcomer's phone: the sessions they can book, and their one booking. */
@CommonResponses
@TokenRequired
@NotFoundResponse
@Secured(SignedInNewcomer.ROLE)
@Controller("${meedoen.api.path}/newcomer")
@Tag(name = "Booking")
@ExecuteOn(TaskExecutors.BLOCKING)
class NewcomerBookingController {

    private final NewcomerBookings reading;
    private final Seats seats;

    NewcomerBookingController(NewcomerBookings reading, Seats seats) {
        this.reading = reading;
        this.seats = seats;
    }

    @Get("/sessions")
    @Operation(summary = "Upcoming sessions of the newcomer's municipality, those they can follow in their language first, with seats left")
    List<SessionOffer> sessions(SignedInNewcomer newcomer) {
        return reading.offers(reading.contact(newcomer.id()));
    }

    @JsonBodyResponses
    @InvalidInputResponse
    @Post("/bookings")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Book a seat, or a place in the waiting list when the session is full",
            description = "Needs an Idempotency-Key header: a retry with the same key gets the first answer; "
                    + "the same key with another session is a 422. One booking per newcomer: move it to change sessions.")
    BookingView book(@Body @Valid BookingChoice choice, @Header("Idempotency-Key") @Nullable String key, SignedInNewcomer newcomer,
                     HttpRequest<?> request) {
        return seats.book("newcomer:" + newcomer.id(), IdempotencyKeys.require(key), reading.contact(newcomer.id()), choice.sessionId(),
                null, ClientAddress.of(request));
    }

    @Get("/booking")
    @Operation(summary = "The newcomer's booking: a seat or a place in the waiting list")
    BookingView booking(SignedInNewcomer newcomer) {
        return reading.booking(reading.contact(newcomer.id()));
    }

    @Get(value = "/booking/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The booked session as an iCalendar file, for the phone's calendar; times in Europe/Amsterdam")
    HttpResponse<String> calendar(SignedInNewcomer newcomer) {
        return HttpResponse.ok(reading.calendar(reading.contact(newcomer.id())))
                .contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"workshop.ics\"");
    }

    @JsonBodyResponses
    @InvalidInputResponse
    @Put("/booking")
    @Operation(summary = "Move the booking to another session that has a free seat, in one step, until the municipality's deadline")
    BookingView move(@Body @Valid BookingChoice choice, SignedInNewcomer newcomer, HttpRequest<?> request) {
        return seats.move(reading.contact(newcomer.id()), choice.sessionId(), null, ClientAddress.of(request));
    }

    @Delete("/booking")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel the booking, until the municipality's deadline; the seat goes to the first in the waiting list")
    void cancel(SignedInNewcomer newcomer, HttpRequest<?> request) {
        NewcomerContacts.Contact contact = reading.contact(newcomer.id());
        seats.cancel(contact, null, ClientAddress.of(request));
    }
}
