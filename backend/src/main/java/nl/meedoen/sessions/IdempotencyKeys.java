package nl.meedoen.sessions;

import org.jspecify.annotations.Nullable;

/** The Idempotency-Key header of a booking: required, 1 to 200 visible ASCII characters. */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static String require(@Nullable String key) {
        if (key == null || !key.matches("[\\x21-\\x7E]{1,200}")) {
            throw new IdempotencyKeyRequired();
        }
        return key;
    }
}
