package nl.meedoen.signing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.TextInput;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A municipality's coordinators keep its local agreements, shown and signed with the declaration. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/local-agreements")
@Tag(name = "Signing")
@ExecuteOn(TaskExecutors.BLOCKING)
class LocalAgreementsController {

    private final LocalAgreements agreements;
    private final MunicipalityDirectory municipalities;

    LocalAgreementsController(LocalAgreements agreements, MunicipalityDirectory municipalities) {
        this.agreements = agreements;
        this.municipalities = municipalities;
    }

    /**
     * The Dutch Markdown text and its translations by language code, each translation's review status
     * ({@code unreviewed} until reviewed), and who saved the version when; no version and no text when
     * there are none yet.
     */
    @Serdeable
    record Agreements(@Nullable Integer version, String dutch, Map<String, String> translations, Map<String, String> reviewStatus,
                      @Nullable Instant savedAt, @Nullable String savedBy) {

        static Agreements of(LocalAgreementsEdition edition) {
            return new Agreements(edition.version(), edition.dutch(), edition.translations(), edition.reviewStatus(), edition.savedAt(),
                    edition.savedBy());
        }
    }

    /**
     * A new version: the Dutch Markdown text and translations by language code. A language left out has
     * no translation; the service names a translation that cannot be saved as {@code translations.<lang>}.
     */
    @Serdeable
    record AgreementsChange(@NotBlank @Size(max = LocalAgreements.MAX_LENGTH) String dutch, @NotNull Map<String, String> translations) {

        AgreementsChange {
            dutch = TextInput.normalised(dutch);
            if (translations != null) {
                Map<String, String> normalised = new LinkedHashMap<>();
                translations.forEach((lang, text) -> normalised.put(lang, TextInput.normalised(text)));
                translations = normalised;
            }
        }
    }

    @Get
    @Operation(summary = "The municipality's current local agreements")
    Agreements current(@PathVariable String code, SignedInStaff staff) {
        String municipality = access(code, staff);
        return agreements.history(municipality).stream().findFirst().map(Agreements::of)
                .orElseGet(() -> new Agreements(null, "", Map.of(), Map.of(), null, null));
    }

    @Get("/versions")
    @Operation(summary = "Every version of the local agreements, newest first, with who saved it when")
    List<Agreements> versions(@PathVariable String code, SignedInStaff staff) {
        return agreements.history(access(code, staff)).stream().map(Agreements::of).toList();
    }

    @Put
    @JsonBodyResponses
    @ConflictResponse
    @Operation(summary = "Save the local agreements as a new version; translations are marked unreviewed; the same texts again are refused (409)")
    Agreements change(@PathVariable String code, @Body @Valid AgreementsChange change, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff);
        return Agreements.of(agreements.change(municipality, change.dutch(), change.translations(), staff, ClientAddress.of(request)));
    }

    private String access(String code, SignedInStaff staff) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, Role.COORDINATOR);
        return municipality;
    }
}
