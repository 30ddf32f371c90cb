package nl.meedoen.content;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.web.Cacheable;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.PublishedContent;
import org.jspecify.annotations.Nullable;

/**
 * Everything the app needs to search national content on the phone, also offline: per page the
 * text in the reader's language and in Dutch (a word heard at the counter, like "huisarts", must
 * find the topic) and the Dutch keywords.
 */
@CommonResponses
@InvalidInputResponse
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/search-index")
@Tag(name = "Search")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SearchIndexController {

    private final ContentReader reader;
    private final SupportedLocales locales;

    SearchIndexController(ContentReader reader, SupportedLocales locales) {
        this.reader = reader;
        this.locales = locales;
    }

    @Get
    @PublishedContent
    @Operation(summary = "The searchable text of the values module and the national wegwijs topics, in one language and in Dutch")
    HttpResponse<SearchIndex> index(@QueryValue @Nullable String lang, @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return Cacheable.response(reader.searchIndex(locale), locale.code());
    }
}
