package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the redeem_attempt table: an invitation code typed by a client, known by the hash of its address. */
@MappedEntity("redeem_attempt")
record RedeemAttempt(@Id @GeneratedValue @Nullable Long id, String client, boolean succeeded,
                     @GeneratedValue @Nullable Instant attemptedAt) {

    static RedeemAttempt by(String client, boolean succeeded) {
        return new RedeemAttempt(null, client, succeeded, null);
    }
}
