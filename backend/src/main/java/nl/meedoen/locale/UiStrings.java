package nl.meedoen.locale;

import com.ibm.icu.text.MessageFormat;
import io.micronaut.core.io.ResourceLoader;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PWA's interface texts from {@code translations/<code>.json}, as ICU MessageFormat patterns.
 * They ship with the service and never change while it runs, so they are read once. A key missing
 * in a language falls back along the locale's chain.
 */
@Singleton
public final class UiStrings {

    /** One file of {@code translations/}: its review status and its messages. */
    @Serdeable
    public record TranslationFile(String status, Map<String, String> messages) {
    }

    private final Map<String, TranslationFile> files = new LinkedHashMap<>();

    UiStrings(SupportedLocales locales, ClassPathResourceLoader resources, JsonMapper json) {
        for (String code : locales.codes()) {
            read(resources, json, code).ifPresent(file -> files.put(code, file));
        }
        if (!files.containsKey(SupportedLocales.SOURCE)) {
            throw new IllegalStateException("translations/nl.json is missing: Dutch is the source of every UI text");
        }
    }

    public Optional<TranslationFile> file(String code) {
        return Optional.ofNullable(files.get(code));
    }

    /** Every message the interface needs in this locale, with fallbacks filled in. */
    public Map<String, String> messages(SupportedLocale locale) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> chain = locale.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            file(chain.get(i)).ifPresent(file -> merged.putAll(file.messages()));
        }
        return merged;
    }

    public String status(SupportedLocale locale) {
        return file(locale.code()).map(TranslationFile::status).orElse("missing");
    }

    /** Formats one message with ICU, so plurals, numbers and dates follow the locale's rules. */
    public String format(SupportedLocale locale, String key, Map<String, Object> arguments) {
        String pattern = messages(locale).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No UI text '" + key + "' in translations/nl.json");
        }
        return new MessageFormat(pattern, locale.icu()).format(arguments);
    }

    private static Optional<TranslationFile> read(ResourceLoader resources, JsonMapper json, String code) {
        Optional<InputStream> stream = resources.getResourceAsStream("translations/" + code + ".json");
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(json.readValue(in.readAllBytes(), TranslationFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("translations/" + code + ".json cannot be read", e);
        }
    }
}
