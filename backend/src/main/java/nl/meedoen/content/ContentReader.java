package nl.meedoen.content;

import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiStrings;

import java.util.List;
import java.util.Map;

/**
 * National content as a reader in one locale sees it: the best text along the locale's fallback
 * chain, with an honest status, reading time in the reader's language, and the way to the next page.
 */
@Singleton
public final class ContentReader {

    /** Newcomers reading at B1 level in a second language read more slowly than the usual 200 words a minute. */
    private static final int WORDS_PER_MINUTE = 120;

    private final ContentTexts texts;
    private final SupportedLocales locales;
    private final UiStrings uiStrings;

    ContentReader(ContentTexts texts, SupportedLocales locales, UiStrings uiStrings) {
        this.texts = texts;
        this.locales = locales;
        this.uiStrings = uiStrings;
    }

    public Outline outline(ContentModule module, SupportedLocale reader) {
        List<Outline.Entry> entries = texts.outline(module, reader.chain()).stream()
                .map(text -> new Outline.Entry(text.slug(), text.position(), text.title(), text.summary(),
                        minutes(text), readingTime(reader, text), text.lang(), dir(text.lang()),
                        !text.lang().equals(reader.code()), text.status()))
                .toList();
        return new Outline(reader.code(), reader.direction(), entries);
    }

    public PageView page(ContentModule module, String slug, SupportedLocale reader) {
        LocalisedText text = texts.page(module, slug, reader.chain()).orElseThrow(() -> new PageNotFound(module, slug));
        List<LocalisedText> all = texts.outline(module, List.of(SupportedLocales.SOURCE));
        int index = all.stream().map(LocalisedText::slug).toList().indexOf(slug);
        String previous = index > 0 ? all.get(index - 1).slug() : null;
        String next = index >= 0 && index < all.size() - 1 ? all.get(index + 1).slug() : null;
        return new PageView(text.slug(), text.title(), text.summary(), text.bodyHtml(), text.lang(), dir(text.lang()),
                reader.code(), !text.lang().equals(reader.code()), text.status(), text.currentVersion(),
                text.madeFromVersion(), minutes(text), readingTime(reader, text), index + 1, all.size(), previous, next);
    }

    public String dir(String code) {
        return locales.find(code).map(SupportedLocale::direction).orElse("ltr");
    }

    public static int readingMinutes(int wordCount) {
        return Math.max(1, (int) Math.ceil(wordCount / (double) WORDS_PER_MINUTE));
    }

    /** "4 minuten lezen", with the plural rules of the reader's language. */
    public String readingTime(SupportedLocale reader, int wordCount) {
        return uiStrings.format(reader, "content.readingTime", Map.of("minutes", readingMinutes(wordCount)));
    }

    private static int minutes(LocalisedText text) {
        return readingMinutes(text.wordCount());
    }

    private String readingTime(SupportedLocale reader, LocalisedText text) {
        return readingTime(reader, text.wordCount());
    }
}
