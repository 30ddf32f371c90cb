package nl.meedoen.editing;

import io.micronaut.security.annotation.Secured;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.meedoen.content.MarkdownRenderer;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import org.jspecify.annotations.Nullable;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.PublishedResponses;
import nl.meedoen.web.RoleRequired;

import java.util.List;

/**
 * Content editors: one page in one language at a time ({@code module} is {@code values} or {@code wegwijs}
 * for national content, {@code local:GM0153} for a municipality's own pages; {@code lang} a language code,
 * {@code nl} for the Dutch source). National editors edit national content, a municipality's editors its
 * own pages.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/editing")
@Tag(name = "Content editing")
@ExecuteOn(TaskExecutors.BLOCKING)
class EditingController {

    private static final String TEXT = "/{module}/{slug}/{lang}";

    private final Editing editing;
    private final PublishedTexts published;
    private final MarkdownRenderer renderer;
    private final PublishedResponses responses;
    private final Dashboard dashboard;
    private final SupportedLocales locales;

    EditingController(Editing editing, PublishedTexts published, MarkdownRenderer renderer, PublishedResponses responses,
                      Dashboard dashboard, SupportedLocales locales) {
        this.dashboard = dashboard;
        this.locales = locales;
        this.editing = editing;
        this.published = published;
        this.renderer = renderer;
        this.responses = responses;
    }

    @Serdeable
    @Schema(name = "TextInput")
    record TextInput(@NotNull String title, @NotNull String summary, @NotNull String body) {

        Editing.Input input() {
            return new Editing.Input(title.strip(), summary.strip(), body);
        }
    }

    @Serdeable
    @Schema(name = "Publication")
    record Publication(@NotNull String title, @NotNull String summary, @NotNull String body,
                       @Schema(description = "A typo fix in the Dutch source: translations stay current") boolean minorEdit) {
    }

    @Serdeable
    @Schema(name = "RollBack")
    record RollBack(@Schema(description = "For the Dutch source: translations stay current") boolean minorEdit) {
    }

    @Serdeable
    @Schema(name = "PreviewRequest")
    record PreviewRequest(@NotNull String body) {
    }

    @Serdeable
    @Schema(name = "Preview")
    record Preview(String html) {
    }

    @NotFoundResponse
    @Get(TEXT)
    @Operation(summary = "A text with its Dutch source, draft, status and, when outdated, the source's changes (editors of that content)")
    EditorViews.Item item(@PathVariable String module, @PathVariable String slug, @PathVariable String lang, SignedInStaff staff) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        return editing.item(staff, key);
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Put(TEXT + "/draft")
    @Operation(summary = "Keep a draft: newcomers see nothing of it and no status changes (editors of that content)")
    EditorViews.Item saveDraft(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                               @Body @Valid TextInput text, SignedInStaff staff, HttpRequest<?> request) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        editing.saveDraft(staff, key, text.input(), ClientAddress.of(request));
        return editing.item(staff, key);
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Post(TEXT + "/publication")
    @Operation(summary = "Check and publish a text; newcomers read it on every instance within seconds (editors of that content)")
    EditorViews.Item publish(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                             @Body @Valid Publication text, SignedInStaff staff, HttpRequest<?> request) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        EditorViews.Item item = editing.publish(staff, key,
                new TextInput(text.title(), text.summary(), text.body()).input(), text.minorEdit(), ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    @NotFoundResponse
    @ConflictResponse
    @Post(TEXT + "/review")
    @Operation(summary = "Mark a current translation reviewed; nobody reviews their own text (editors of that content)")
    EditorViews.Item review(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                            SignedInStaff staff, HttpRequest<?> request) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        EditorViews.Item item = editing.review(staff, key, ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    @NotFoundResponse
    @Get(TEXT + "/versions")
    @Operation(summary = "Every published version of a text, newest first, with who published and reviewed it (editors of that content)")
    List<EditorViews.Version> history(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                                      SignedInStaff staff) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        return editing.history(key);
    }

    @NotFoundResponse
    @Get(TEXT + "/comparison")
    @Operation(summary = "The differences between two versions of a text, line by line (editors of that content)")
    EditorViews.Comparison compare(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                                   @QueryValue @Positive int from, @QueryValue @Positive int to, SignedInStaff staff) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        return editing.compare(key, from, to);
    }

    @JsonBodyResponses
    @NotFoundResponse
    @Post(TEXT + "/versions/{number}/rollback")
    @Operation(summary = "Publish an earlier version again as the newest (editors of that content)")
    EditorViews.Item rollBack(@PathVariable String module, @PathVariable String slug, @PathVariable String lang,
                              @PathVariable @Positive int number, @Body @Valid RollBack rollBack, SignedInStaff staff,
                              HttpRequest<?> request) {
        ItemKey key = new ItemKey(module, slug, lang);
        Editors.requireEditorOf(staff, key);
        EditorViews.Item item = editing.rollBack(staff, key, number, rollBack.minorEdit(),
                ClientAddress.of(request));
        responses.refresh();
        return item;
    }

    @Get("/dashboard")
    @Operation(summary = "Per language and section the number of texts in each status and how complete it is (editors)")
    List<Dashboard.Row> dashboard(@QueryValue @Nullable String section, @QueryValue @Nullable String lang,
                                  @QueryValue @Nullable String status, SignedInStaff staff) {
        Editors.requireEditor(staff);
        return dashboard.rows(staff, section, lang == null ? null : locale(lang).code(), status == null ? null : TextStatus.of(status));
    }

    @Get("/texts")
    @Operation(summary = "The pages in one language with their status, to pick the next one to edit: national ones, or with "
            + "module local:GM0153 that municipality's own (editors of that content)")
    List<Dashboard.Listed> texts(@QueryValue String lang, @QueryValue @Nullable String module,
                                 @QueryValue @Nullable String status, SignedInStaff staff) {
        Editors.requireEditorOf(staff, new ItemKey(module == null ? "values" : module, "", lang));
        return dashboard.texts(locale(lang), module, status == null ? null : TextStatus.of(status));
    }

    @Get("/conflicts")
    @Operation(summary = "Shipped files that changed after an editor published the same text; the editor's text stayed (national editors)")
    List<ImportConflict> conflicts(SignedInStaff staff) {
        Editors.requireNational(staff);
        return published.conflicts();
    }

    @JsonBodyResponses
    @Post("/preview")
    @Operation(summary = "Markdown rendered and sanitised exactly as newcomers will see it (editors)")
    Preview preview(@Body @Valid PreviewRequest preview, SignedInStaff staff) {
        Editors.requireEditor(staff);
        return new Preview(renderer.toSafeHtml(preview.body()));
    }

    private SupportedLocale locale(String lang) {
        return locales.find(lang).filter(locale -> locale.code().equals(lang))
                .orElseThrow(() -> new InvalidFilter("'" + lang + "' is no language of Meedoen: give one of " + locales.codes() + "."));
    }
}
