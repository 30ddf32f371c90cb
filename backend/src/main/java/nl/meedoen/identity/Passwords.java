package nl.meedoen.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes) and the rules a new password must meet. */
@Singleton
final class Passwords {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;
    /** A shorter local part (such as the "j" of j@example.nl) is in too many good passwords to mean anything. */
    static final int MEANINGFUL_LOCAL_PART = 4;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Compared against when the e-mail address is unknown, so that the answer takes as long either way. */
    private static final String DUMMY = Password.hash("not-a-real-password").addRandomSalt(16).with(ARGON2ID).getResult();

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    void spendTheSameTime(String password) {
        matches(password, DUMMY);
    }

    private final CommonPasswords common;

    Passwords(CommonPasswords common) {
        this.common = common;
    }

    /** Length, not composition rules: long passphrases are strong and easy to remember. */
    void requireAcceptable(String password, String email) {
        if (password.length() < MINIMUM_LENGTH) {
            throw new PasswordRejected("A password needs at least " + MINIMUM_LENGTH + " characters; a few words together work well.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new PasswordRejected("A password can have at most " + MAXIMUM_LENGTH + " characters.");
        }
        if (common.contains(password)) {
            throw new PasswordRejected("This password is one of the most common passwords and is guessed first. Choose another one.");
        }
        if (password.chars().distinct().count() < 4 || containsLocalPart(password, email)) {
            throw new PasswordRejected("This password is too easy to guess. Choose another one.");
        }
    }

    private static boolean containsLocalPart(String password, String email) {
        String localPart = email.toLowerCase(Locale.ROOT).split("@")[0];
        return localPart.length() >= MEANINGFUL_LOCAL_PART && password.toLowerCase(Locale.ROOT).contains(localPart);
    }
}
