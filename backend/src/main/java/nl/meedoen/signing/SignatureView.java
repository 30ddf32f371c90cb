package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A recorded signature, refusal or revocation as staff see it; no image, no typed name. */
@Serdeable
record SignatureView(UUID id, String kind, long position, UUID newcomerId, @Nullable String verificationCode,
                     @Nullable Instant signedAt, Instant recordedAt, UUID recordedBy, @Nullable String documentSha256,
                     @Nullable UUID revokes, @Nullable String reason) {

    static SignatureView of(SignatureRow row) {
        return new SignatureView(row.id(), row.kind(), row.position(), row.newcomer(), row.verificationCode(), row.signedAt(),
                row.recordedAt(), row.recordedBy(), row.documentSha256(), row.revokes(), row.reason());
    }
}
