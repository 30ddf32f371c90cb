package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a signature's certificate shows: the texts signed and shown (as on the record), who signed where
 * and when, before whom, and where anyone can check it.
 */
record Certificate(String newcomerName, String municipalityName, Instant signedAt, String witnessName, DeclarationText dutch,
                   @Nullable DeclarationText translation, @Nullable LocalAgreementsVersion agreements, String locale,
                   boolean rightToLeft, byte @Nullable [] signaturePng, @Nullable String typedName, String verificationCode,
                   String verificationUrl, String documentSha256) {
}
