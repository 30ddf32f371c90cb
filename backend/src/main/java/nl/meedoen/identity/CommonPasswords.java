package nl.meedoen.identity;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 10,000 most common passwords (resources/identity/common-passwords.txt, its source and licence
 * beside it). Attackers try these first, so a password on the list is refused whatever its length.
 */
@Singleton
final class CommonPasswords {

    private static final String LIST = "/identity/common-passwords.txt";

    private final Set<String> passwords;

    CommonPasswords() {
        try (InputStream in = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(LIST), LIST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            passwords = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The list is in lower case. A listed password with digits or punctuation added at the end
     * ("password1234") is the first variation guessers try, so it counts as listed too.
     */
    boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        return passwords.contains(lower) || (stem.length() >= 4 && passwords.contains(stem));
    }

    int size() {
        return passwords.size();
    }
}
