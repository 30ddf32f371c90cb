package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the oidc_handover table: a finished provider sign-in that the app has not yet taken over. */
@MappedEntity("oidc_handover")
record OidcHandoverCode(@Id String codeHash, UUID staffId, String provider, Instant expiresAt) {
}
