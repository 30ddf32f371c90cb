package nl.meedoen.push;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A row of the push_subscription table: the phone of one sign-in that allowed notifications. */
@MappedEntity("push_subscription")
record StoredSubscription(@Id @GeneratedValue @Nullable Long id, UUID newcomerSessionId, String endpoint, byte[] p256dh, byte[] auth) {
}
