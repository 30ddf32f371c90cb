package nl.meedoen.attendance;

import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The newcomer's check-in code: version (1 byte), booking id and session id (16 bytes each), expiry
 * (seconds since 1970, 4 bytes unsigned) and the Ed25519 signature of those 37 bytes (64 bytes),
 * written in base64url without padding: 135 characters, a small QR code. The trainer's phone checks
 * the same bytes offline with the public key; the server checks them again when the check-in arrives.
 */
@Singleton
class CheckInCodes {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final byte VERSION = 1;
    private static final int MESSAGE = 1 + 16 + 16 + 4;
    private static final int SIGNATURE = 64;

    /** What a valid code names. */
    record Admission(UUID bookingId, UUID sessionId, Instant expiresAt) {
    }

    private final CheckInSigner signer;

    CheckInCodes(CheckInSigner signer) {
        this.signer = signer;
    }

    /** Valid until the end of the day, on Dutch clocks, on which the session starts. */
    static Instant endOfDay(Instant sessionStart) {
        LocalDate day = sessionStart.atZone(NETHERLANDS).toLocalDate();
        return day.plusDays(1).atStartOfDay(NETHERLANDS).toInstant();
    }

    String issue(UUID booking, UUID session, Instant expiresAt) {
        ByteBuffer message = ByteBuffer.allocate(MESSAGE)
                .put(VERSION)
                .putLong(booking.getMostSignificantBits()).putLong(booking.getLeastSignificantBits())
                .putLong(session.getMostSignificantBits()).putLong(session.getLeastSignificantBits())
                .putInt((int) expiresAt.getEpochSecond());
        byte[] signed = signer.sign(message.array());
        byte[] code = ByteBuffer.allocate(MESSAGE + SIGNATURE).put(message.array()).put(signed).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(code);
    }

    /** The booking a code admits to this session at this moment, or {@link CheckInCodeRefused} saying why not. */
    Admission verify(String code, UUID session, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(code.strip());
        } catch (IllegalArgumentException notBase64) {
            throw CheckInCodeRefused.malformed();
        }
        if (bytes.length != MESSAGE + SIGNATURE || bytes[0] != VERSION) {
            throw CheckInCodeRefused.malformed();
        }
        byte[] message = Arrays.copyOf(bytes, MESSAGE);
        if (!signer.verifies(message, Arrays.copyOfRange(bytes, MESSAGE, bytes.length))) {
            throw CheckInCodeRefused.forged();
        }
        ByteBuffer read = ByteBuffer.wrap(message, 1, MESSAGE - 1);
        Admission admission = new Admission(new UUID(read.getLong(), read.getLong()), new UUID(read.getLong(), read.getLong()),
                Instant.ofEpochSecond(Integer.toUnsignedLong(read.getInt())));
        if (!admission.sessionId().equals(session)) {
            throw CheckInCodeRefused.otherSession();
        }
        if (!now.isBefore(admission.expiresAt())) {
            throw CheckInCodeRefused.expired();
        }
        return admission;
    }
}
