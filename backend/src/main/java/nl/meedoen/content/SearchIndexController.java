package nl.meedoen.content;

import nl.meedoen.web.PublishedContent;
import nl.meedoen.web.Cacheable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.database.Database;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Everything the app needs to search national content on the phone, also offline: per page the
 * text in the reader's language and in Dutch (a word heard at the counter, like "huisarts", must
 * find the topic) and the Dutch keywords.
 */
@CommonResponses
@InvalidInputResponse
@Controller("${meedoen.api.path}/search-index")
@Tag(name = "Search")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SearchIndexController {

    private final Database database;
    private final MarkdownRenderer markdown;
    private final SupportedLocales locales;

    SearchIndexController(Database database, MarkdownRenderer markdown, SupportedLocales locales) {
        this.database = database;
        this.markdown = markdown;
        this.locales = locales;
    }

    @Serdeable
    @Schema(name = "SearchIndex")
    record SearchIndex(String lang, List<Entry> entries) {
    }

    @Serdeable
    @Schema(name = "SearchIndexEntry")
    record Entry(String module, String slug, String title, String summary, String text, String textLang, String dutchTitle,
                 String dutchText, List<String> keywords) {
    }

    @Get
    @PublishedContent
    @Operation(summary = "The searchable text of the values module and the national wegwijs topics, in one language and in Dutch")
    HttpResponse<SearchIndex> index(@QueryValue @Nullable String lang, @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        List<Entry> entries = database.list("""
                SELECT p.module, p.slug, p.keywords, t.lang, t.title, t.summary, t.body_markdown,
                       nl.title AS dutch_title, nl.body_markdown AS dutch_markdown
                  FROM content_page p
                  JOIN content_text nl ON nl.module = p.module AND nl.slug = p.slug AND nl.lang = 'nl'
                  JOIN LATERAL (SELECT *
                                  FROM content_text t
                                 WHERE t.module = p.module AND t.slug = p.slug AND t.lang = ANY (?)
                                 ORDER BY array_position(?, t.lang)
                                 LIMIT 1) t ON true
                 ORDER BY p.module DESC, p.position
                """, row -> new Entry(row.getString("module"), row.getString("slug"), row.getString("title"),
                        row.getString("summary"), markdown.toPlainText(row.getString("body_markdown")), row.getString("lang"),
                        row.getString("dutch_title"), markdown.toPlainText(row.getString("dutch_markdown")),
                        List.of((String[]) row.getArray("keywords").getArray())),
                locale.chain(), locale.chain());
        return Cacheable.response(new SearchIndex(locale.code(), entries), locale.code());
    }
}
