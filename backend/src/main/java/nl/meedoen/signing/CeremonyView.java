package nl.meedoen.signing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What the newcomer's screen shows at a ceremony: the Dutch text that is signed, the translation for
 * understanding in their language, the local agreements, and whether signing is voluntary for them —
 * said in their language. {@code status}: open, signed-awaiting-witness or closed. {@code onPhoneUntil}:
 * the newcomer signs on their own phone until then (none: on the staff member's device).
 * {@code verificationCode}: the public code once the ceremony ended in a signature.
 */
@Serdeable
record CeremonyView(UUID id, String status, String newcomerName, String locale, String direction, int declarationVersion,
                    String wording, Text dutch, @Nullable Text translation, @Nullable LocalAgreementsText localAgreements,
                    boolean signingVoluntary, @Nullable String voluntaryNotice, @Nullable String voluntaryNoticeDutch,
                    String documentSha256, @Nullable UUID signatureId, @Nullable Instant onPhoneUntil,
                    @Nullable String verificationCode) {

    /** A text as rendered HTML, with its review status ({@code source}, {@code unreviewed}, {@code reviewed}). */
    @Serdeable
    record Text(String lang, String title, String html, String reviewStatus) {
    }

    @Serdeable
    record LocalAgreementsText(int version, String dutchHtml, @Nullable String translationHtml) {
    }
}
