package nl.meedoen.monitoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import org.jspecify.annotations.Nullable;

/** The coordinator's list of newcomers whose deadline is near or has passed and who have not signed. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/deadline-list")
@Tag(name = "Monitoring")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeadlineController {

    /** Two months: time enough to invite, book and sign. */
    private static final int DEFAULT_WEEKS = 8;

    private final DeadlineList list;
    private final MunicipalityDirectory municipalities;

    DeadlineController(DeadlineList list, MunicipalityDirectory municipalities) {
        this.list = list;
        this.municipalities = municipalities;
    }

    @Get
    @Operation(summary = "Newcomers whose deadline falls within the coming weeks (or has passed) and who have not signed, by deadline",
            description = "Each with what they still miss. Wi2021 gives three years from the start of the obligation, Wi2013 one; "
                    + "voluntary participants have no deadline and are never listed. A revoked signature counts as none; a refusal "
                    + "is not a signature, so who refused stays listed as refused.")
    DeadlineList.Answer due(@PathVariable String code,
                            @Parameter(description = "weeks ahead from today, 0 to 156; 8 when left out")
                            @QueryValue @Nullable @Min(0) @Max(DeadlineList.MOST_WEEKS) Integer weeks,
                            SignedInStaff staff) {
        return list.due(municipalities.require(code).code(), weeks == null ? DEFAULT_WEEKS : weeks, staff);
    }

    @Get(value = "/export", produces = "text/csv")
    @Operation(summary = "The same list as a CSV file for a spreadsheet; the download is in the audit log")
    HttpResponse<String> export(@PathVariable String code,
                                @Parameter(description = "weeks ahead from today, 0 to 156; 8 when left out")
                                @QueryValue @Nullable @Min(0) @Max(DeadlineList.MOST_WEEKS) Integer weeks,
                                SignedInStaff staff, HttpRequest<?> request) {
        String municipality = municipalities.require(code).code();
        DeadlineList.Answer answer = list.export(municipality, weeks == null ? DEFAULT_WEEKS : weeks, staff, ClientAddress.of(request));
        return DeadlineCsv.of(answer).download("termijnen-" + municipality + "-" + answer.today() + ".csv");
    }
}
