package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of signing_ceremony: what is shown, and the newcomer's submission once it came. With
 * {@code onPhoneUntil} the newcomer reads and signs on their own linked phone until then.
 */
record Ceremony(UUID id, String municipality, UUID newcomer, @Nullable UUID session, UUID openedBy, int declarationVersion,
                @Nullable Long translationId, @Nullable Integer localAgreementsVersion, String locale, String documentSha256,
                @Nullable String submissionKey, byte @Nullable [] signaturePng, @Nullable String typedName,
                @Nullable Instant signedAt, @Nullable String device, @Nullable String clientAddress, @Nullable UUID signatureId,
                @Nullable Instant onPhoneUntil) {

    String status() {
        return signatureId != null ? "closed" : signedAt != null ? "signed-awaiting-witness" : "open";
    }

    /** Whether the newcomer's phone may still sign it: held on the phone, open, and its time not over. */
    boolean signableOnPhone(Instant now) {
        return onPhoneUntil != null && signatureId == null && signedAt == null && onPhoneUntil.isAfter(now);
    }
}
