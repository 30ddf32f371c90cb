package nl.meedoen.sessions;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A capacity below the confirmed seats would take seats from newcomers. */
final class CapacityBelowBookings extends ProblemException {

    CapacityBelowBookings() {
        super(HttpStatus.CONFLICT, "Capacity below bookings", "More newcomers have a seat than this capacity. Cancel bookings first or keep the capacity higher.");
    }
}
