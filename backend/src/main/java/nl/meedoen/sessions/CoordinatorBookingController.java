package nl.meedoen.sessions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator books, moves and cancels on a newcomer's behalf (at the counter, by phone), without
 * the newcomer's deadline, and sees who booked a session.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}")
@Tag(name = "Booking")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoordinatorBookingController {

    private final Seats seats;
    private final NewcomerBookings reading;
    private final Bookings bookings;
    private final SessionDirectory directory;
    private final MunicipalityDirectory municipalities;

    CoordinatorBookingController(Seats seats, NewcomerBookings reading, Bookings bookings, SessionDirectory directory,
                                 MunicipalityDirectory municipalities) {
        this.seats = seats;
        this.reading = reading;
        this.bookings = bookings;
        this.directory = directory;
        this.municipalities = municipalities;
    }

    /** One booking of a session, as the coordinator's list shows it. */
    @Serdeable
    record SessionBooking(UUID id, UUID newcomerId, String name, String status, @Nullable Instant bookedAt) {
    }

    @Get("/sessions/{id}/bookings")
    @Operation(summary = "The seats and the waiting list of a session, seats first, each in the order booked")
    List<SessionBooking> ofSession(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        String municipality = access(code, staff);
        directory.one(municipality, id);
        return bookings.activeIn(id).stream()
                .map(booking -> new SessionBooking(booking.id(), booking.newcomerId(),
                        reading.contact(municipality, booking.newcomerId()).name(), booking.status(), booking.bookedAt()))
                .toList();
    }

    @JsonBodyResponses
    @Post("/newcomers/{id}/booking")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Book a seat (or a place in the waiting list) for a newcomer; needs an Idempotency-Key header")
    BookingView book(@PathVariable String code, @PathVariable UUID id, @Body @Valid BookingChoice choice,
                     @Header("Idempotency-Key") @Nullable String key, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff);
        return seats.book("staff:" + staff.id(), IdempotencyKeys.require(key), reading.contact(municipality, id), choice.sessionId(), staff,
                ClientAddress.of(request));
    }

    @Get("/newcomers/{id}/booking")
    @Operation(summary = "A newcomer's booking")
    BookingView booking(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return reading.booking(reading.contact(access(code, staff), id));
    }

    @JsonBodyResponses
    @Put("/newcomers/{id}/booking")
    @Operation(summary = "Move a newcomer's booking to another session with a free seat, in one step")
    BookingView move(@PathVariable String code, @PathVariable UUID id, @Body @Valid BookingChoice choice, SignedInStaff staff,
                     HttpRequest<?> request) {
        return seats.move(reading.contact(access(code, staff), id), choice.sessionId(), staff, ClientAddress.of(request));
    }

    @Delete("/newcomers/{id}/booking")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a newcomer's booking; the seat goes to the first in the waiting list")
    void cancel(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff, HttpRequest<?> request) {
        seats.cancel(reading.contact(access(code, staff), id), staff, ClientAddress.of(request));
    }

    private String access(String code, SignedInStaff staff) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, Role.COORDINATOR);
        return municipality;
    }
}
