package nl.meedoen.content;

import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * National content as a reader in one locale sees it: the best text along the locale's fallback
 * chain, with an honest status, reading time in the reader's language, and the way to the next page.
 */
@Singleton
public final class ContentReader {

    /** Newcomers reading at B1 level in a second language read more slowly than the usual 200 words a minute. */
    private static final int WORDS_PER_MINUTE = 120;

    /** Practical topics come first, so that the app lists them before the values module among equal matches. */
    private static final List<ContentModule> SEARCH_ORDER = List.of(ContentModule.WEGWIJS, ContentModule.VALUES);

    private final ContentTexts texts;
    private final SupportedLocales locales;
    private final UiStrings uiStrings;
    private final MarkdownRenderer markdown;

    ContentReader(ContentTexts texts, SupportedLocales locales, UiStrings uiStrings, MarkdownRenderer markdown) {
        this.texts = texts;
        this.locales = locales;
        this.uiStrings = uiStrings;
        this.markdown = markdown;
    }

    public Outline outline(ContentModule module, SupportedLocale reader) {
        List<Outline.Entry> entries = texts.bestTexts(module, reader.chain()).stream()
                .map(text -> new Outline.Entry(text.slug(), text.position(), text.title(), text.summary(),
                        minutes(text), readingTime(reader, text), text.lang(), dir(text.lang()),
                        !text.lang().equals(reader.code()), text.status()))
                .toList();
        return new Outline(reader.code(), reader.direction(), entries);
    }

    public PageView page(ContentModule module, String slug, SupportedLocale reader) {
        // Every page has its Dutch text and every chain ends in Dutch, so this lists all pages of the
        // module in order; a module has a few dozen pages at most.
        List<LocalisedText> all = texts.bestTexts(module, reader.chain());
        int index = all.stream().map(LocalisedText::slug).toList().indexOf(slug);
        if (index < 0) {
            throw new PageNotFound(module, slug);
        }
        LocalisedText text = all.get(index);
        String previous = index > 0 ? all.get(index - 1).slug() : null;
        String next = index < all.size() - 1 ? all.get(index + 1).slug() : null;
        return new PageView(text.slug(), text.title(), text.summary(), text.bodyHtml(), text.lang(), dir(text.lang()),
                reader.code(), !text.lang().equals(reader.code()), text.status(), text.currentVersion(),
                text.madeFromVersion(), minutes(text), readingTime(reader, text), index + 1, all.size(), previous, next);
    }

    SearchIndex searchIndex(SupportedLocale reader) {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        for (ContentModule module : SEARCH_ORDER) {
            Map<String, LocalisedText> dutch = texts.bestTexts(module, List.of(SupportedLocales.SOURCE)).stream()
                    .collect(Collectors.toMap(LocalisedText::slug, Function.identity()));
            for (LocalisedText text : texts.bestTexts(module, reader.chain())) {
                LocalisedText source = dutch.get(text.slug());
                if (source != null) {
                    entries.add(new SearchIndex.Entry(module.folder(), text.slug(), text.title(), text.summary(),
                            markdown.toPlainText(text.bodyMarkdown()), text.lang(), source.title(),
                            markdown.toPlainText(source.bodyMarkdown()), source.keywords()));
                }
            }
        }
        return new SearchIndex(reader.code(), entries);
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
