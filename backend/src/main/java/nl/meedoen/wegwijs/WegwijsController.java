package nl.meedoen.wegwijs;

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
@NotFoundResponse
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/municipalities/{code}/wegwijs")
@Tag(name = "Municipalities and wegwijs")
@ExecuteOn(TaskExecutors.BLOCKING)
class WegwijsController {

    private final WegwijsReader wegwijs;
    private final PlacesOpenNow openNow;
    private final SupportedLocales locales;

    WegwijsController(WegwijsReader wegwijs, PlacesOpenNow openNow, SupportedLocales locales) {
        this.wegwijs = wegwijs;
        this.openNow = openNow;
        this.locales = locales;
    }

    @Get
    @PublishedContent
    @Operation(summary = "The municipality's welcome and its wegwijs topics: national topics merged with local pages")
    HttpResponse<WegwijsTopics> topics(@PathVariable String code, @QueryValue @Nullable String lang,
                                       @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return Cacheable.response(wegwijs.topics(code, locale), locale.code());
    }

    @Get("/{slug}")
    @PublishedContent
    @Operation(summary = "One wegwijs topic with the municipality's places, addresses, phone numbers and opening hours")
    HttpResponse<WegwijsPage> topic(@PathVariable String code, @PathVariable String slug, @QueryValue @Nullable String lang,
                                    @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        WegwijsPage page = wegwijs.page(code, slug, locale);
        return Cacheable.response(page, page.page().lang());
    }

    /**
     * Not {@link PublishedContent}: the answer depends on the clock, so it is made for every request
     * and no cache may keep it. The app works the same out itself from the topic's hours, also offline.
     */
    @Get("/{slug}/open-now")
    @Operation(summary = "Whether the places of a wegwijs topic are open now, and their next special date, in words for the reader")
    HttpResponse<PlacesNow> openNow(@PathVariable String code, @PathVariable String slug, @QueryValue @Nullable String lang,
                                    @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return HttpResponse.ok(openNow.of(code, slug, locale))
                .header("Cache-Control", "no-store")
                .header("Content-Language", locale.code());
    }
}
