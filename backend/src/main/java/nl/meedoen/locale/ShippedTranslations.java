package nl.meedoen.locale;

import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of {@code translations/} as they ship with the service: the baseline of the interface texts.
 * They never change while the service runs, so they are read once.
 */
@Singleton
final class ShippedTranslations {

    private final Map<String, UiStrings.TranslationFile> files = new LinkedHashMap<>();

    ShippedTranslations(SupportedLocales locales, ClassPathResourceLoader resources, JsonMapper json) {
        for (String code : locales.codes()) {
            read(resources, json, code).ifPresent(file -> files.put(code, file));
        }
        if (!files.containsKey(SupportedLocales.SOURCE)) {
            throw new IllegalStateException("translations/nl.json is missing: Dutch is the source of every UI text");
        }
    }

    /** Every shipped file by language code, Dutch first. */
    Map<String, UiStrings.TranslationFile> files() {
        return files;
    }

    /** Tells a shipped text from the one imported before, so that only a changed text is written. */
    static String hash(String pattern) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pattern.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<UiStrings.TranslationFile> read(ClassPathResourceLoader resources, JsonMapper json, String code) {
        Optional<InputStream> stream = resources.getResourceAsStream("translations/" + code + ".json");
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(json.readValue(in.readAllBytes(), UiStrings.TranslationFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("translations/" + code + ".json cannot be read", e);
        }
    }
}
