package nl.meedoen.editing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.PublishedResponses;
import nl.meedoen.web.RoleRequired;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * National editors edit the app's interface texts ({@code translations/}) one key in one language at a
 * time, as ICU MessageFormat patterns; {@code lang} is {@code nl} for the Dutch source.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/interface-texts")
@Tag(name = "Content editing")
@ExecuteOn(TaskExecutors.BLOCKING)
class InterfaceTextsController {

    private static final String TEXT = "/{lang}/{key}";

    private final InterfaceTexts texts;
    private final PublishedResponses responses;
    private final SupportedLocales locales;

    InterfaceTextsController(InterfaceTexts texts, PublishedResponses responses, SupportedLocales locales) {
        this.texts = texts;
        this.responses = responses;
        this.locales = locales;
    }

    @Serdeable
    @Schema(name = "InterfaceTextInput")
    record PatternInput(@NotNull @Size(max = 4000) String pattern) {
    }

    @Serdeable
    @Schema(name = "InterfaceTextPublication")
    record Publication(@NotNull @Size(max = 4000) String pattern,
                       @Schema(description = "A typo fix in the Dutch text: translations stay current") boolean minorEdit) {
    }

    @Serdeable
    @Schema(name = "InterfaceTextRollBack")
    record RollBack(@Schema(description = "For the Dutch text: translations stay current") boolean minorEdit) {
    }

    @Get
    @Operation(summary = "The interface texts in one language with their status, to pick the next one to edit (national editors)")
    List<InterfaceTextViews.Listed> list(@QueryValue String lang, @QueryValue @Nullable String status, SignedInStaff staff) {
        Editors.requireNational(staff);
        return texts.list(locale(lang), status == null ? null : TextStatus.of(status));
    }

    @NotFoundResponse
    @Get(TEXT)
    @Operation(summary = "An interface text with its Dutch source, draft, status and whether you may review it (national editors)")
    InterfaceTextViews.Item item(@PathVariable String lang, @PathVariable String key, SignedInStaff staff) {
        Editors.requireNational(staff);
        return texts.item(staff, new UiTextKey(key, lang));
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Put(TEXT + "/draft")
    @Operation(summary = "Keep a draft of an interface text: newcomers see nothing of it and no status changes (national editors)")
    InterfaceTextViews.Item saveDraft(@PathVariable String lang, @PathVariable String key, @Body @Valid PatternInput input,
                                      SignedInStaff staff, HttpRequest<?> request) {
        Editors.requireNational(staff);
        UiTextKey text = new UiTextKey(key, lang);
        texts.saveDraft(staff, text, input.pattern().strip(), ClientAddress.of(request));
        return texts.item(staff, text);
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Post(TEXT + "/publication")
    @Operation(summary = "Check an interface text with ICU and publish it; every instance serves it within seconds (national editors)",
            description = "Refused with 400 when the pattern does not parse, its arguments differ from the Dutch text's, "
                    + "or a plural message lacks a category the language needs.")
    InterfaceTextViews.Item publish(@PathVariable String lang, @PathVariable String key, @Body @Valid Publication publication,
                                    SignedInStaff staff, HttpRequest<?> request) {
        Editors.requireNational(staff);
        InterfaceTextViews.Item item = texts.publish(staff, new UiTextKey(key, lang), publication.pattern().strip(),
                publication.minorEdit(), ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    @NotFoundResponse
    @ConflictResponse
    @Post(TEXT + "/review")
    @Operation(summary = "Mark a current translation reviewed: by an editor who reads the language and did not publish it (national editors)")
    InterfaceTextViews.Item review(@PathVariable String lang, @PathVariable String key, SignedInStaff staff,
                                   HttpRequest<?> request) {
        Editors.requireNational(staff);
        InterfaceTextViews.Item item = texts.review(staff, new UiTextKey(key, lang), ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    @NotFoundResponse
    @Get(TEXT + "/versions")
    @Operation(summary = "Every published version of an interface text, newest first (national editors)")
    List<InterfaceTextViews.Version> history(@PathVariable String lang, @PathVariable String key, SignedInStaff staff) {
        Editors.requireNational(staff);
        return texts.history(new UiTextKey(key, lang));
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Post(TEXT + "/versions/{number}/rollback")
    @Operation(summary = "Publish an earlier version of an interface text again as the newest (national editors)")
    InterfaceTextViews.Item rollBack(@PathVariable String lang, @PathVariable String key, @PathVariable @Positive int number,
                                     @Body @Valid RollBack rollBack, SignedInStaff staff, HttpRequest<?> request) {
        Editors.requireNational(staff);
        InterfaceTextViews.Item item = texts.rollBack(staff, new UiTextKey(key, lang), number, rollBack.minorEdit(),
                ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    private SupportedLocale locale(String lang) {
        return locales.find(lang).filter(locale -> locale.code().equals(lang))
                .orElseThrow(() -> new InvalidFilter("'" + lang + "' is no language of Meedoen: give one of " + locales.codes() + "."));
    }
}
