package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

/** The Idempotency-Key header of a signing: required, 1 to 200 visible ASCII characters. */
final class IdempotencyKey {

    private IdempotencyKey() {
    }

    static String require(@Nullable String key) {
        if (key == null || !key.matches("[\\x21-\\x7E]{1,200}")) {
            throw new InvalidSignature("Send an Idempotency-Key header (1 to 200 characters, a new random value per signing, the same one when retrying).");
        }
        return key;
    }
}
