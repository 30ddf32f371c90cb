package nl.meedoen.content;

import jakarta.inject.Singleton;
import nl.meedoen.locale.LocaleCoverage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How much of the national content exists in each language, counted in the database. */
@Singleton
final class ContentCoverage implements LocaleCoverage {

    private final ContentPages pages;
    private final ContentTexts texts;

    ContentCoverage(ContentPages pages, ContentTexts texts) {
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public Map<String, Coverage> byLocale(List<String> codes) {
        int pageCount = Math.toIntExact(pages.count());
        Map<String, LanguageCounts> found = texts.countByLanguage().stream()
                .collect(Collectors.toMap(LanguageCounts::lang, Function.identity()));
        return codes.stream().collect(Collectors.toMap(Function.identity(), code -> {
            LanguageCounts counts = found.getOrDefault(code, new LanguageCounts(code, 0, 0, 0));
            return new Coverage(pageCount, counts.translated(), counts.upToDate(), counts.reviewed(),
                    counts.translated() - counts.upToDate(), pageCount - counts.translated());
        }));
    }
}
