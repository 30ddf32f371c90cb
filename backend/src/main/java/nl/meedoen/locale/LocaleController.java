package nl.meedoen.locale;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.PublishedContent;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;

@CommonResponses
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}")
@Tag(name = "Languages")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LocaleController {

    private final SupportedLocales locales;
    private final UiStrings uiStrings;
    private final LocaleCoverage coverage;

    LocaleController(SupportedLocales locales, UiStrings uiStrings, LocaleCoverage coverage) {
        this.locales = locales;
        this.uiStrings = uiStrings;
        this.coverage = coverage;
    }

    @Serdeable
    @Schema(name = "LocaleSummary")
    record LocaleSummary(String code, String name, String dutchName, String direction, String script,
                         Set<String> pluralCategories, List<String> fallbacks, String uiStatus,
                         LocaleCoverage.Coverage content) {
    }

    @Serdeable
    @Schema(name = "Messages")
    record Messages(String lang, String dir, String status, Map<String, String> messages) {
    }

    @Get("/locales")
    @PublishedContent
    @Operation(summary = "Every language Meedoen ships",
            description = "With its name in its own script and in Dutch, text direction, plural categories, and how complete and how reviewed its content is.")
    HttpResponse<List<LocaleSummary>> locales() {
        Map<String, LocaleCoverage.Coverage> byLocale = coverage.byLocale(locales.codes());
        List<LocaleSummary> summaries = locales.all().stream()
                .map(locale -> new LocaleSummary(locale.code(), locale.nativeName(), locale.dutchName(), locale.direction(),
                        locale.script(), locale.pluralCategories(), locale.fallbacks(), uiStrings.status(locale),
                        byLocale.get(locale.code())))
                .toList();
        return HttpResponse.ok(summaries).header("Cache-Control", "public, max-age=300");
    }

    @InvalidInputResponse
    @Get("/messages")
    @PublishedContent
    @Operation(summary = "The interface texts of the app in one language",
            description = "ICU MessageFormat patterns; keys missing in the language are filled from its fallback languages.")
    HttpResponse<Messages> messages(@QueryValue @Nullable String lang,
                                    @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return HttpResponse.ok(new Messages(locale.code(), locale.direction(), uiStrings.status(locale), uiStrings.messages(locale)))
                .header("Cache-Control", "public, max-age=300")
                .header("Content-Language", locale.code())
                .header("Vary", "Accept-Language");
    }
}
