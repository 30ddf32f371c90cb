package nl.meedoen.push;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row of the push_vapid_key table: the uncompressed public key and the PKCS #8 private key. */
@MappedEntity("push_vapid_key")
record StoredVapidKey(@Id int id, byte[] publicKey, byte[] privateKey) {
}
