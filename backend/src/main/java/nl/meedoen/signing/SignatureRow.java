package nl.meedoen.signing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One row of the signature record, and the canonical content its {@code rowHash} is computed over:
 * UTF-8 of the lines {@code name=value}, in the order below, each ended by {@code \n}. An absent value
 * is empty; instants are UTC with six decimals ({@code 2026-11-30T09:15:00.123456Z}, the database's
 * precision); the drawn image counts by its SHA-256; a backslash, CR and LF in text are written as
 * {@code \\}, {@code \r} and {@code \n}. The first row of a municipality has 64 zeros as previous hash.
 * <p>
 * Format 1 (rows written before retention existed) holds the personal parts — image, typed name, reason,
 * device, client address — in that content itself. Format 2 holds them through {@code personalSha256}
 * instead: the hash of {@link #personalCanonical()}, which salts them with the row's random
 * {@code personalSalt}. Erasing a format-2 row removes the personal parts and the salt and keeps the
 * personal hash, so the row hash can still be recomputed ({@link SignatureErasure}).
 */
record SignatureRow(UUID id, String municipality, long position, String kind, UUID newcomer, @Nullable UUID session,
                    @Nullable Integer declarationVersion, @Nullable Long translationId, @Nullable Integer localAgreementsVersion,
                    @Nullable String locale, @Nullable String documentSha256, byte @Nullable [] signaturePng,
                    @Nullable String typedName, @Nullable String reason, @Nullable UUID revokes, @Nullable Instant signedAt,
                    UUID recordedBy, Instant recordedAt, @Nullable String device, @Nullable String clientAddress,
                    @Nullable String verificationCode, String previousHash, String rowHash, @Nullable String personalSha256,
                    byte @Nullable [] personalSalt, @Nullable Instant erasedAt) {

    static final String FORMAT = "meedoen-signature-row/1";
    static final String FORMAT_2 = "meedoen-signature-row/2";
    static final String PERSONAL_FORMAT = "meedoen-signature-personal/1";
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A draft or a format-1 row: without personal hash, salt or erasure. */
    SignatureRow(UUID id, String municipality, long position, String kind, UUID newcomer, @Nullable UUID session,
                 @Nullable Integer declarationVersion, @Nullable Long translationId, @Nullable Integer localAgreementsVersion,
                 @Nullable String locale, @Nullable String documentSha256, byte @Nullable [] signaturePng,
                 @Nullable String typedName, @Nullable String reason, @Nullable UUID revokes, @Nullable Instant signedAt,
                 UUID recordedBy, Instant recordedAt, @Nullable String device, @Nullable String clientAddress,
                 @Nullable String verificationCode, String previousHash, String rowHash) {
        this(id, municipality, position, kind, newcomer, session, declarationVersion, translationId, localAgreementsVersion, locale,
                documentSha256, signaturePng, typedName, reason, revokes, signedAt, recordedBy, recordedAt, device, clientAddress,
                verificationCode, previousHash, rowHash, null, null, null);
    }

    boolean isFormat2() {
        return personalSha256 != null;
    }

    /** Whether the personal parts of this row were erased at the end of the retention period. */
    boolean erased() {
        return erasedAt != null;
    }

    /**
     * The content the row hash is computed over. Format 2 holds the personal parts only through their
     * salted hash, so that erasing them keeps the row verifiable; format 1 holds them in place.
     */
    String canonical() {
        boolean format2 = isFormat2();
        StringBuilder content = new StringBuilder(format2 ? FORMAT_2 : FORMAT).append('\n');
        line(content, "id", id);
        line(content, "municipality", municipality);
        line(content, "position", position);
        line(content, "kind", kind);
        line(content, "newcomer", newcomer);
        line(content, "session", session);
        line(content, "declaration-version", declarationVersion);
        line(content, "translation", translationId);
        line(content, "local-agreements-version", localAgreementsVersion);
        line(content, "locale", locale);
        line(content, "document-sha256", documentSha256);
        if (format2) {
            line(content, "personal-sha256", personalSha256);
        } else {
            line(content, "signature-png-sha256", signaturePng == null ? null : DocumentHash.sha256Hex(signaturePng));
            line(content, "typed-name", typedName);
            line(content, "reason", reason);
        }
        line(content, "revokes", revokes);
        line(content, "signed-at", signedAt == null ? null : INSTANT.format(signedAt));
        line(content, "recorded-by", recordedBy);
        line(content, "recorded-at", INSTANT.format(recordedAt));
        if (!format2) {
            line(content, "device", device);
            line(content, "client-address", clientAddress);
        }
        line(content, "verification-code", verificationCode);
        line(content, "previous-hash", previousHash);
        return content.toString();
    }

    /** The personal parts of a format-2 row, salted; only its hash is in the chain. */
    String personalCanonical() {
        StringBuilder content = new StringBuilder(PERSONAL_FORMAT).append('\n');
        line(content, "salt", personalSalt == null ? null : HexFormat.of().formatHex(personalSalt));
        line(content, "signature-png-sha256", signaturePng == null ? null : DocumentHash.sha256Hex(signaturePng));
        line(content, "typed-name", typedName);
        line(content, "reason", reason);
        line(content, "device", device);
        line(content, "client-address", clientAddress);
        return content.toString();
    }

    /** Whether the personal parts are still the ones hashed when the row was written; an erased row has none to compare. */
    boolean personalPartsMatch() {
        if (!isFormat2()) {
            return true;
        }
        if (personalSalt == null) {
            return erased() && signaturePng == null && typedName == null && reason == null && device == null && clientAddress == null;
        }
        return !erased() && DocumentHash.sha256Hex(personalCanonical()).equals(personalSha256);
    }

    /** This draft as a format-2 row: its personal parts salted and hashed. */
    SignatureRow withPersonalHash(byte[] salt) {
        SignatureRow salted = new SignatureRow(id, municipality, position, kind, newcomer, session, declarationVersion, translationId,
                localAgreementsVersion, locale, documentSha256, signaturePng, typedName, reason, revokes, signedAt, recordedBy,
                recordedAt, device, clientAddress, verificationCode, previousHash, rowHash, null, salt.clone(), null);
        return new SignatureRow(id, municipality, position, kind, newcomer, session, declarationVersion, translationId,
                localAgreementsVersion, locale, documentSha256, signaturePng, typedName, reason, revokes, signedAt, recordedBy,
                recordedAt, device, clientAddress, verificationCode, previousHash, rowHash,
                DocumentHash.sha256Hex(salted.personalCanonical()), salt.clone(), null);
    }

    String computedHash() {
        return DocumentHash.sha256Hex(canonical());
    }

    SignatureRow withHash() {
        return new SignatureRow(id, municipality, position, kind, newcomer, session, declarationVersion, translationId,
                localAgreementsVersion, locale, documentSha256, signaturePng, typedName, reason, revokes, signedAt, recordedBy,
                recordedAt, device, clientAddress, verificationCode, previousHash, computedHash(), personalSha256, personalSalt, erasedAt);
    }

    private static void line(StringBuilder content, String name, @Nullable Object value) {
        String text = value == null ? "" : value.toString()
                .replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        content.append(name).append('=').append(text).append('\n');
    }

    @Override
    public String toString() {
        return "SignatureRow[" + id + ", " + municipality + " #" + position + ", " + kind + ", png "
                + (signaturePng == null ? "none" : HexFormat.of().formatHex(signaturePng, 0, Math.min(4, signaturePng.length)))
                + (erased() ? ", erased" : "") + "]";
    }
}
