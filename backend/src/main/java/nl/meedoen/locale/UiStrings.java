package nl.meedoen.locale;

import com.ibm.icu.text.MessageFormat;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublishedResponses;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PWA's interface texts, as ICU MessageFormat patterns: the one place that answers what a text is
 * now. The files of {@code translations/} are the shipped baseline; what editors published since is in
 * the database and wins. The texts are kept in memory for the published version they were read at, so
 * every instance reads them anew within a second of a change by any instance (see
 * {@link PublishedResponses}). A key missing in a language falls back along the locale's chain.
 */
@Singleton
public final class UiStrings {

    /** One language's interface texts: its review status and its messages. */
    @Serdeable
    public record TranslationFile(String status, Map<String, String> messages) {
    }

    private record Snapshot(long version, Map<String, TranslationFile> files) {
    }

    private final ShippedTranslations shipped;
    private final UiTexts texts;
    private final PublishedResponses published;
    private volatile Snapshot snapshot;

    UiStrings(ShippedTranslations shipped, UiTexts texts, PublishedResponses published) {
        this.shipped = shipped;
        this.texts = texts;
        this.published = published;
        this.snapshot = new Snapshot(Long.MIN_VALUE, shipped.files());
    }

    /** The texts of one language as published now; {@code status} is {@code reviewed} only when every one of them is. */
    public Optional<TranslationFile> file(String code) {
        return Optional.ofNullable(files().get(code));
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

    private Map<String, TranslationFile> files() {
        long version = published.version();
        Snapshot current = snapshot;
        if (current.version() != version) {
            current = new Snapshot(version, read());
            snapshot = current;
        }
        return current.files();
    }

    /** A language with published texts is read from the database; one without (before the first import) from its file. */
    private Map<String, TranslationFile> read() {
        Map<String, Map<String, String>> byLang = new HashMap<>();
        Map<String, Boolean> allReviewed = new HashMap<>();
        for (UiText text : texts.all()) {
            byLang.computeIfAbsent(text.lang(), lang -> new LinkedHashMap<>()).put(text.key(), text.pattern());
            allReviewed.merge(text.lang(), text.reviewStatus().equals("reviewed"), Boolean::logicalAnd);
        }
        Map<String, TranslationFile> files = new LinkedHashMap<>(shipped.files());
        byLang.forEach((lang, messages) -> {
            String status = lang.equals(SupportedLocales.SOURCE) ? "source" : allReviewed.get(lang) ? "reviewed" : "unreviewed";
            files.put(lang, new TranslationFile(status, Collections.unmodifiableMap(messages)));
        });
        return Collections.unmodifiableMap(files);
    }
}
