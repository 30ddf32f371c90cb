package nl.meedoen.wegwijs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.web.ClientAddress;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.content.ContentResponses;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;

import java.util.List;

@Controller("/api/v1/municipalities")
@Tag(name = "Municipalities and wegwijs")
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityController {

    private final MunicipalityDirectory directory;
    private final WegwijsReader wegwijs;
    private final SupportedLocales locales;
    private final AuditLog audit;

    MunicipalityController(MunicipalityDirectory directory, WegwijsReader wegwijs, SupportedLocales locales, AuditLog audit) {
        this.directory = directory;
        this.wegwijs = wegwijs;
        this.locales = locales;
        this.audit = audit;
    }

    @Serdeable
    record NewMunicipality(@NotBlank @Size(max = 6) String code, @NotBlank @Size(max = 100) String name) {
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a municipality by CBS code and name, or rename a known one (platform admins)")
    Municipality add(@Body @Valid NewMunicipality municipality, SignedInStaff staff, HttpRequest<?> request) {
        staff.requireAdmin();
        Municipality saved = directory.save(municipality.code(), municipality.name());
        audit.record(staff, saved.code(), "municipality saved", saved.code(), ClientAddress.of(request));
        return saved;
    }

    @Get
    @Operation(summary = "Municipalities whose name contains the search",
            description = "Ignores case, accents and punctuation; sorted in the alphabetical order of the reader's language.")
    HttpResponse<List<Municipality>> search(@QueryValue @Nullable String search, @QueryValue @Nullable String lang,
                                            @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return ContentResponses.cacheable(directory.search(search == null ? "" : search, locale), locale.code());
    }

    @Get("/{code}")
    @Operation(summary = "One municipality by its CBS code (GM followed by four digits)")
    HttpResponse<Municipality> municipality(@PathVariable String code) {
        return ContentResponses.cacheable(directory.require(code), SupportedLocales.SOURCE);
    }

    @Get("/{code}/wegwijs")
    @Operation(summary = "The municipality's welcome and its wegwijs topics: national topics merged with local pages")
    HttpResponse<WegwijsTopics> topics(@PathVariable String code, @QueryValue @Nullable String lang,
                                       @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        return ContentResponses.cacheable(wegwijs.topics(code, locale), locale.code());
    }

    @Get("/{code}/wegwijs/{slug}")
    @Operation(summary = "One wegwijs topic with the municipality's places, addresses, phone numbers and opening hours")
    HttpResponse<WegwijsPage> topic(@PathVariable String code, @PathVariable String slug, @QueryValue @Nullable String lang,
                                    @Header("Accept-Language") @Nullable String acceptLanguage) {
        SupportedLocale locale = locales.negotiate(lang, acceptLanguage);
        WegwijsPage page = wegwijs.page(code, slug, locale);
        return ContentResponses.cacheable(page, page.page().lang());
    }
}
