package nl.meedoen.editing;

import io.micronaut.security.annotation.Secured;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.PublishedResponses;
import nl.meedoen.web.RoleRequired;

/**
 * Files for translators and agencies, per target language: {@code format} is {@code xliff2}, {@code xliff12}
 * or {@code po}. Import sends the file itself as the request body.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/editing/files")
@Tag(name = "Content editing")
@ExecuteOn(TaskExecutors.BLOCKING)
class TranslatorFilesController {

    private static final String XLIFF = "application/xliff+xml";
    private static final String PO = "text/x-gettext-translation";

    private final TranslatorFiles files;
    private final SupportedLocales locales;
    private final PublishedResponses responses;

    TranslatorFilesController(TranslatorFiles files, SupportedLocales locales, PublishedResponses responses) {
        this.files = files;
        this.locales = locales;
        this.responses = responses;
    }

    @Get(value = "/{lang}", produces = {XLIFF, PO})
    @Operation(summary = "Every national text for one language, with its Dutch source, source version and status (national editors)")
    HttpResponse<byte[]> export(@PathVariable String lang,
                                @QueryValue @Schema(allowableValues = {"xliff2", "xliff12", "po"}) String format,
                                SignedInStaff staff) {
        Editors.requireNational(staff);
        TranslatorFiles.Format chosen = format(format);
        SupportedLocale locale = locale(lang);
        boolean po = chosen == TranslatorFiles.Format.PO;
        return HttpResponse.ok(files.export(locale, chosen))
                .contentType(po ? PO + "; charset=UTF-8" : XLIFF)
                .header("Content-Disposition", "attachment; filename=\"meedoen-" + locale.code() + (po ? ".po\"" : ".xlf\""));
    }

    @Serdeable
    @Schema(name = "Handout")
    record Handout(int handedOut) {
    }

    @Post("/{lang}/handouts")
    @Operation(summary = "Mark the language's missing and outdated national pages as in translation, for a file sent out (national editors)")
    Handout handOut(@PathVariable String lang, SignedInStaff staff, HttpRequest<?> request) {
        Editors.requireNational(staff);
        return new Handout(files.handOut(staff, locale(lang), ClientAddress.of(request)));
    }

    @JsonBodyResponses
    // Any media type: translation tools label these files in many ways, the format parameter says what it is,
    // and a caller without a token gets 401 before anything about the body is judged.
    @Post(value = "/{lang}", consumes = MediaType.ALL)
    @Operation(summary = "Import a translator's file: only changed units, everything checked first, all or nothing (national editors)")
    TranslatorFiles.Report importFile(@PathVariable String lang,
                                      @QueryValue @Schema(allowableValues = {"xliff2", "xliff12", "po"}) String format,
                                      @Body byte[] file, SignedInStaff staff, HttpRequest<?> request) {
        Editors.requireNational(staff);
        TranslatorFiles.Report report = files.importFile(staff, locale(lang), format(format), file, ClientAddress.of(request));
        responses.refresh();
        return report;
    }

    private static TranslatorFiles.Format format(String format) {
        return switch (format) {
            case "xliff2" -> TranslatorFiles.Format.XLIFF_2;
            case "xliff12" -> TranslatorFiles.Format.XLIFF_1_2;
            case "po" -> TranslatorFiles.Format.PO;
            default -> throw new InvalidFilter("'" + format + "' is no file format: give xliff2, xliff12 or po.");
        };
    }

    private SupportedLocale locale(String lang) {
        return locales.find(lang).filter(locale -> locale.code().equals(lang))
                .orElseThrow(() -> new InvalidFilter("'" + lang + "' is no language of Meedoen: give one of " + locales.codes() + "."));
    }
}
