package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The answers of the signing API as a client reads them. */
final class Answers {

    private Answers() {
    }

    @Serdeable
    record Text(String lang, String title, String html, String reviewStatus) {
    }

    @Serdeable
    record LocalAgreementsText(int version, String dutchHtml, @Nullable String translationHtml) {
    }

    @Serdeable
    record CeremonyView(UUID id, String status, String newcomerName, String locale, String direction, int declarationVersion,
                        String wording, Text dutch, @Nullable Text translation, @Nullable LocalAgreementsText localAgreements,
                        boolean signingVoluntary, @Nullable String voluntaryNotice, @Nullable String voluntaryNoticeDutch,
                        String documentSha256, @Nullable UUID signatureId) {
    }

    @Serdeable
    record Signature(UUID id, String kind, long position, UUID newcomerId, @Nullable String verificationCode,
                     @Nullable Instant signedAt, Instant recordedAt, UUID recordedBy, @Nullable String documentSha256,
                     @Nullable UUID revokes, @Nullable String reason) {
    }

    @Serdeable
    record Chain(String municipality, long rows, boolean valid, @Nullable Long firstBadPosition, @Nullable UUID firstBadId,
                 @Nullable String problem, @Nullable String reason) {
    }

    @Serdeable
    record Verification(String code, String status, String municipality, String signedOn, String initials) {
    }
}
