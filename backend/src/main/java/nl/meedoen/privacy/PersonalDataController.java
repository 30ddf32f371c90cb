package nl.meedoen.privacy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import nl.meedoen.identity.SignedInNewcomer;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.TokenRequired;
import org.jspecify.annotations.Nullable;

/**
 * A newcomer's phone shows what the municipality holds about them, and saves it as a file. Like every
 * answer with personal data it is never cached ({@code no-store}).
 */
@CommonResponses
@TokenRequired
@Secured(SignedInNewcomer.ROLE)
@Controller("${meedoen.api.path}/newcomer")
@Tag(name = "Privacy")
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController {

    /** The file's name, in Dutch like the municipality's letters; it holds no personal data itself. */
    static final String FILE_NAME = "mijn-gegevens.json";

    private final PersonalDataAccess access;

    PersonalDataController(PersonalDataAccess access) {
        this.access = access;
    }

    @InvalidInputResponse
    @Get("/personal-data")
    @Operation(summary = "Everything the municipality holds about the newcomer (AVG article 15), grouped and labelled",
            description = "With download=true the same JSON comes as a file to save (Content-Disposition: attachment; "
                    + "filename=\"" + FILE_NAME + "\"). Staff names, code hashes and the signature chain's hashes are left out.")
    MutableHttpResponse<PersonalDataReport> personalData(SignedInNewcomer newcomer,
            @QueryValue @Nullable @Pattern(regexp = "true|false", message = "must be true or false") String download) {
        MutableHttpResponse<PersonalDataReport> response = HttpResponse.ok(access.of(newcomer));
        return "true".equals(download) ? response.header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"") : response;
    }
}
