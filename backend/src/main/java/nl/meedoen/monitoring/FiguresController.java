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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import org.jspecify.annotations.Nullable;

/**
 * Figures of a period: how far the newcomers registered in it got, and the sessions held in it. A
 * municipality's own for its coordinators (and admins), all municipalities with small numbers hidden for admins.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}")
@Tag(name = "Figures")
@ExecuteOn(TaskExecutors.BLOCKING)
class FiguresController {

    private static final String COHORT = " The funnel follows the cohort of newcomers registered in the period (days in the Netherlands, "
            + "both included) and counts, per step, how many of them reached it by now: invited (given a letter), invitation redeemed "
            + "(phone linked), booked (held a seat at some time, also when later cancelled or moved, or came as a walk-in; a waiting "
            + "list alone does not count), attended (marked present), signed (a signature not revoked; a refusal does not count), "
            + "registered with DUO (that signature). Sessions are those held in the period: fill rate is seats taken out of seats, "
            + "no-show rate is no-shows out of the attendance recorded. A period is at most five years.";

    private final Figures figures;
    private final MunicipalityDirectory municipalities;

    FiguresController(Figures figures, MunicipalityDirectory municipalities) {
        this.figures = figures;
        this.municipalities = municipalities;
    }

    @Get("/municipalities/{code}/figures")
    @NotFoundResponse
    @Operation(summary = "The municipality's figures for a period, optionally broken down", description = COHORT)
    MunicipalityFigures municipality(@PathVariable String code,
                                     @QueryValue @Nullable @Parameter(example = "2026-01-01") String from,
                                     @QueryValue @Nullable @Parameter(example = "2026-06-30") String to,
                                     @QueryValue @Nullable @Schema(allowableValues = {"language", "target-group", "regime", "session"})
                                     String by,
                                     SignedInStaff staff) {
        return figures.of(municipalities.require(code).code(), FiguresPeriod.of(from, to), breakdown(by), staff);
    }

    @Get(value = "/municipalities/{code}/figures/export", produces = "text/csv")
    @NotFoundResponse
    @Operation(summary = "The same figures as a CSV file, one figure per line; the download is in the audit log", description = COHORT)
    HttpResponse<String> municipalityExport(@PathVariable String code, @QueryValue @Nullable String from,
                                            @QueryValue @Nullable String to,
                                            @QueryValue @Nullable @Schema(allowableValues = {"language", "target-group", "regime", "session"})
                                            String by,
                                            SignedInStaff staff, HttpRequest<?> request) {
        MunicipalityFigures found = figures.export(municipalities.require(code).code(), FiguresPeriod.of(from, to), breakdown(by), staff,
                ClientAddress.of(request));
        return FiguresCsv.of(found).download("cijfers-" + found.municipality() + "-" + found.from() + "-" + found.to() + ".csv");
    }

    @Get("/figures")
    @Operation(summary = "Admins: the figures of every municipality and their total, with small numbers hidden",
            description = COHORT + " Counts below 5 are \"<5\"; when a column has exactly one, its smallest other cell is \"x\", so "
                    + "that no hidden count follows from the total; a rate or median made of a hidden count is null.")
    PublishedFigures all(@QueryValue @Nullable String from, @QueryValue @Nullable String to, SignedInStaff staff) {
        return figures.acrossMunicipalities(FiguresPeriod.of(from, to), staff);
    }

    @Get(value = "/figures/export", produces = "text/csv")
    @Operation(summary = "Admins: the same figures across municipalities as a CSV file; the download is in the audit log")
    HttpResponse<String> allExport(@QueryValue @Nullable String from, @QueryValue @Nullable String to, SignedInStaff staff,
                                   HttpRequest<?> request) {
        PublishedFigures found = figures.exportAcrossMunicipalities(FiguresPeriod.of(from, to), staff, ClientAddress.of(request));
        return FiguresCsv.of(found).download("cijfers-gemeenten-" + found.from() + "-" + found.to() + ".csv");
    }

    private static FunnelBreakdown breakdown(@Nullable String by) {
        return by == null || by.isEmpty() ? FunnelBreakdown.NONE : FunnelBreakdown.of(by);
    }
}
