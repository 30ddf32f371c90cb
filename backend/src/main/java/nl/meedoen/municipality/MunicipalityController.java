package nl.meedoen.municipality;

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

import java.util.List;

@CommonResponses
@InvalidInputResponse
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("${meedoen.api.path}/municipalities")
@Tag(name = "Municipalities and wegwijs")
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityController {

    private final MunicipalityDirectory directory;
    private final SupportedLocales locales;

    MunicipalityController(MunicipalityDirectory directory, SupportedLocales locales) {
        this.directory = directory;
        this.locales = locales;
    }

    @Get
    @PublishedContent
    @Operation(summary = "Municipalities whose name contains the search",
            description = "Ignores case, accents and punctuation; sorted in the alphabetical order of the reader's language.")
    HttpResponse<List<Municipality>> search(@QueryValue @Nullable String search, @QueryValue @Nullable String lang,
                                            @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return Cacheable.response(directory.search(search == null ? "" : search, locale), locale.code());
    }

    @NotFoundResponse
    @Get("/{code}")
    @PublishedContent
    @Operation(summary = "One municipality by its CBS code (GM followed by four digits)")
    HttpResponse<Municipality> municipality(@PathVariable String code) {
        return Cacheable.response(directory.require(code), SupportedLocales.SOURCE);
    }
}
