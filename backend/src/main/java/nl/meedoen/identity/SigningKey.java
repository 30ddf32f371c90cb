package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the signing_key table: a secret that signs staff access tokens for a while and verifies them a little longer. */
@MappedEntity("signing_key")
record SigningKey(@Id UUID id, byte[] secret, Instant createdAt, Instant signsUntil, Instant verifiesUntil) {

    boolean signsAt(Instant moment) {
        return signsUntil.isAfter(moment);
    }

    boolean verifiesAt(Instant moment) {
        return verifiesUntil.isAfter(moment);
    }
}
