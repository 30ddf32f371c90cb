package nl.meedoen.signing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.NotFound;
import nl.meedoen.identity.SignedInNewcomer;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;

/**
 * The ceremony as the newcomer's own linked phone takes part in it: finding the ceremony opened for it,
 * reading it, and signing it — only its own newcomer's, only one held on the phone, and only while it is
 * open and its time is not over. Witnessing and refusing stay with the staff member ({@link SigningCeremony}).
 */
@Singleton
class CeremonyOnPhone {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final Ceremonies ceremonies;
    private final SigningCeremony ceremony;

    CeremonyOnPhone(Ceremonies ceremonies, SigningCeremony ceremony) {
        this.ceremonies = ceremonies;
        this.ceremony = ceremony;
    }

    /** The newest ceremony waiting on the phone: to sign, or signed and waiting for the witness. */
    @Transactional
    CeremonyView current(SignedInNewcomer phone) {
        return ceremony.view(ceremonies.currentOnPhone(phone.id()).orElseThrow(NotFound::new));
    }

    /** One of the phone's ceremonies as far as it has come, also once ended (then with its verification code). */
    @Transactional
    CeremonyView show(SignedInNewcomer phone, UUID id) {
        return ceremony.view(ceremonies.findOnPhone(phone.id(), id).orElseThrow(NotFound::new));
    }

    /** The newcomer signs on their phone; a retry with the same Idempotency-Key gets the first answer, also after the time is over. */
    @Transactional
    CeremonyView submit(SignedInNewcomer phone, UUID id, String key, boolean readAndUnderstood, @Nullable String drawnPng,
                        @Nullable String typedName, @Nullable String device, String client) {
        Ceremony held = ceremonies.lockOnPhone(phone.id(), id).orElseThrow(NotFound::new);
        boolean replay = key.equals(held.submissionKey());
        if (!replay && held.signatureId() == null && held.signedAt() == null && !held.signableOnPhone(SigningCeremony.now())) {
            throw new SigningNotPossible("This ceremony could be signed on the phone until "
                    + TIME.format(Objects.requireNonNull(held.onPhoneUntil())) + ": ask the staff member to open it again.");
        }
        return ceremony.submit(held, key, readAndUnderstood, drawnPng, typedName, device, client);
    }
}
