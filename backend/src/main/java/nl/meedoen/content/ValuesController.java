package nl.meedoen.content;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.PublishedContent;
import org.jspecify.annotations.Nullable;

@CommonResponses
@InvalidInputResponse
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/values")
@Tag(name = "Values module")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ValuesController {

    private final ContentReader reader;
    private final SupportedLocales locales;

    ValuesController(ContentReader reader, SupportedLocales locales) {
        this.reader = reader;
        this.locales = locales;
    }

    @Get
    @PublishedContent
    @Operation(summary = "The values module's pages in order, in the reader's language")
    HttpResponse<Outline> outline(@QueryValue @Nullable String lang, @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return Cacheable.response(reader.outline(ContentModule.VALUES, locale), locale.code());
    }

    @NotFoundResponse
    @Get("/{slug}")
    @PublishedContent
    @Operation(summary = "One page of the values module as safe HTML",
            description = "Falls back along the language's chain (for example prs, fa, nl) when the page is not translated, and says so.")
    HttpResponse<PageView> page(@PathVariable String slug, @QueryValue @Nullable String lang,
                                @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        PageView page = reader.page(ContentModule.VALUES, slug, locale);
        return Cacheable.response(page, page.lang());
    }
}
