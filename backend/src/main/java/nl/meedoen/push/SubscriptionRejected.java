package nl.meedoen.push;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A push subscription that Meedoen will not send to; the detail says why, without repeating the endpoint. */
final class SubscriptionRejected extends ProblemException {

    SubscriptionRejected(String detail) {
        super(HttpStatus.BAD_REQUEST, "Bad Request", detail);
    }
}
