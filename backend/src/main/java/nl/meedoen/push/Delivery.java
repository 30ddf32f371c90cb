package nl.meedoen.push;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * What became of one attempt to hand a notice to a push service. {@code reason} names the kind of
 * failure only (an exception type, an HTTP status), never the endpoint, so it may be stored and logged.
 */
record Delivery(Result result, String reason, @Nullable Duration retryAfter) {

    enum Result {
        /** The push service took it (201): it reaches the phone when the phone is online. */
        ACCEPTED,
        /** 404 or 410: the subscription ended (the app was removed, permission withdrawn); or its keys are unusable. */
        GONE,
        /** A network failure, 429, 5xx, or a refused VAPID token: worth trying again later. */
        TRY_AGAIN,
        /** Any other answer: the same request would be refused again. */
        REFUSED
    }

    static Delivery accepted() {
        return new Delivery(Result.ACCEPTED, "", null);
    }

    static Delivery of(int status, @Nullable Duration retryAfter) {
        String reason = "HTTP " + status;
        if (status >= 200 && status < 300) {
            return accepted();
        }
        if (status == 404 || status == 410) {
            return new Delivery(Result.GONE, reason, null);
        }
        if (status == 429 || status >= 500 || status == 401 || status == 403) {
            return new Delivery(Result.TRY_AGAIN, reason, retryAfter);
        }
        return new Delivery(Result.REFUSED, reason, null);
    }

    /** The phone's keys cannot encrypt a notice: the subscription can never receive one. */
    static Delivery unusableKeys(Exception failure) {
        return new Delivery(Result.GONE, "unusable keys (" + failure.getClass().getSimpleName() + ")", null);
    }

    static Delivery failed(Exception failure) {
        String reason = failure.getClass().getSimpleName();
        if (failure.getCause() != null) {
            reason += " (" + failure.getCause().getClass().getSimpleName() + ")";
        }
        return new Delivery(Result.TRY_AGAIN, reason, null);
    }
}
