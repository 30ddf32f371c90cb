package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A row of the oidc_login table: a sign-in at a provider that has started and not yet come back.
 * {@code browserHash} is the hash of the value in the cookie of the browser that started it.
 */
@MappedEntity("oidc_login")
record OidcLogin(@Id String stateHash, String provider, String nonce, String codeVerifier, String browserHash,
                 @GeneratedValue @Nullable Instant startedAt) {
}
