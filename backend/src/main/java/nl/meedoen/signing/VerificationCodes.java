package nl.meedoen.signing;

import java.security.SecureRandom;

/**
 * Public codes of signatures: ten characters of Crockford's base32 (digits and capitals without I, L,
 * O and U, which are mistaken for 1, 0 and V), 50 random bits. Read back leniently: lower case,
 * spaces and dashes are ignored, and I, L and O read as 1, 1 and 0.
 */
final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The code as stored, or null when the text cannot be a code. */
    static @org.jspecify.annotations.Nullable String normalised(String typed) {
        String code = typed.toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return code.length() == 10 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }
}
