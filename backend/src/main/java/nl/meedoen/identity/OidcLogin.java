package nl.meedoen.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the oidc_login table: a sign-in at a provider that has started and not yet come back. */
@MappedEntity("oidc_login")
record OidcLogin(@Id String stateHash, String provider, String nonce, String codeVerifier, @GeneratedValue @Nullable Instant startedAt) {
}
