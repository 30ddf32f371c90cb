package nl.meedoen.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Set;

/** Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes) and the rules a new password must meet. */
@Singleton
final class Passwords {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final Set<String> TOO_COMMON = Set.of("welkom123456", "wachtwoord123", "password1234", "123456789012",
            "qwertyuiopas", "meedoen12345", "wachtwoord1234", "welkomwelkom");
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

    /** Length, not composition rules: long passphrases are strong and easy to remember. */
    void requireAcceptable(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < MINIMUM_LENGTH) {
            throw new PasswordRejected("A password needs at least " + MINIMUM_LENGTH + " characters; a few words together work well.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new PasswordRejected("A password can have at most " + MAXIMUM_LENGTH + " characters.");
        }
        if (password.chars().distinct().count() < 4 || TOO_COMMON.contains(lower)
                || lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])) {
            throw new PasswordRejected("This password is too easy to guess. Choose another one.");
        }
    }
}
