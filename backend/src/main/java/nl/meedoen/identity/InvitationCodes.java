package nl.meedoen.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Invitation codes that are easy to type from a letter: 16 characters of Crockford's base 32 (no I,
 * L, O or U) in four groups, 80 random bits. Typing is forgiving: lower case, spaces and dashes are
 * fine, and O, I and L are read as 0, 1 and 1.
 */
final class InvitationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private InvitationCodes() {
    }

    static String generate() {
        byte[] random = Secrets.randomBytes(10);
        StringBuilder code = new StringBuilder();
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xff);
        }
        for (long part : new long[] {high, low}) {
            for (int shift = 35; shift >= 0; shift -= 5) {
                code.append(ALPHABET.charAt((int) ((part >> shift) & 31)));
            }
        }
        return code.toString();
    }

    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /** The code as typed, made canonical; empty when it cannot be a code at all. */
    static Optional<String> normalise(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
