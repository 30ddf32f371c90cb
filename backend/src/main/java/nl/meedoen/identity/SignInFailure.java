package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the sign_in_failure table: a wrong sign-in, known only by the hashes of the e-mail and client addresses. */
@MappedEntity("sign_in_failure")
record SignInFailure(@Id @GeneratedValue @Nullable Long id, String emailHash, String client,
                     @GeneratedValue @Nullable Instant failedAt) {

    static SignInFailure of(String emailHash, String client) {
        return new SignInFailure(null, emailHash, client, null);
    }
}
