package nl.meedoen.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row of the signing_key table: the secret that signs staff access tokens on every instance. */
@MappedEntity("signing_key")
record SigningKey(@Id int id, byte[] secret) {
}
