package nl.meedoen.attendance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.TokenRequired;
import nl.meedoen.web.validation.PlainText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The trainer's phone: sessions they teach, rosters, check-ins made offline, walk-ins, and the confirmation afterwards. */
@CommonResponses
@TokenRequired
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/trainer")
@Tag(name = "Attendance")
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainerController {

    @Serdeable
    @Schema(name = "WalkInRequest")
    record WalkInRequest(@NotNull UUID newcomerId, @Nullable Instant at) {
    }

    @Serdeable
    @Schema(name = "AttendanceConfirmation")
    record Confirmation(@NotNull @Size(max = 1000) List<@NotNull UUID> present) {
    }

    @Serdeable
    @Schema(name = "WalkInSearch")
    record NameSearch(@NotBlank @PlainText(max = 200) String name) {
    }

    private final Rosters rosters;
    private final CheckInSync sync;
    private final AttendanceRecords records;

    TrainerController(Rosters rosters, CheckInSync sync, AttendanceRecords records) {
        this.rosters = rosters;
        this.sync = sync;
        this.records = records;
    }

    @Get("/sessions")
    @Operation(summary = "Today's and later sessions the signed-in trainer teaches, in every municipality where they are a trainer")
    List<Rosters.TrainerSession> sessions(SignedInStaff staff) {
        return rosters.taughtBy(staff);
    }

    @RoleRequired
    @NotFoundResponse
    @InvalidInputResponse
    @Get("/sessions/{id}/roster")
    @Operation(summary = "Who booked the session and who came: names, language, interpreter need, booking and attendance (trainers of the session, coordinators)")
    Rosters.Roster roster(UUID id, SignedInStaff staff) {
        return rosters.roster(staff, id);
    }

    @JsonBodyResponses
    @InvalidInputResponse
    @Post("/check-ins")
    @Operation(summary = "Check-ins made on the trainer's phone, also offline, in batches of up to 500",
            description = "Each check-in carries the id the phone gave it and is accepted once; sent again it is a duplicate and changes nothing. "
                    + "A scan carries the newcomer's signed code, a tick the booking id. The answer says per check-in: accepted, duplicate, "
                    + "or refused with the reason (not-your-session, unknown-booking, no-seat, malformed, forged, expired, other-session, …).")
    CheckInSync.Results checkIns(@Body @Valid CheckInSync.Batch batch, SignedInStaff staff) {
        return sync.sync(staff, batch);
    }

    /** A name is personal data: it travels in the body of a POST, never in a URL. */
    @RoleRequired
    @NotFoundResponse
    @JsonBodyResponses
    @InvalidInputResponse
    @Post("/sessions/{id}/newcomer-search")
    @Operation(summary = "Newcomers of the session's municipality whose name contains the text, to add one as a walk-in (at most 20)",
            description = "Only id, name and language. Case, accents and punctuation do not matter; trainers of the session and coordinators.")
    List<Rosters.Candidate> newcomerSearch(UUID id, @Body @Valid NameSearch search, SignedInStaff staff) {
        return rosters.walkInCandidates(staff, id, search.name());
    }

    @RoleRequired
    @NotFoundResponse
    @ConflictResponse
    @JsonBodyResponses
    @InvalidInputResponse
    @Post("/sessions/{id}/walk-ins")
    @Operation(summary = "A newcomer of the municipality who had not booked came: a free seat is taken, or they are recorded as over capacity")
    AttendanceRecords.WalkIn walkIn(UUID id, @Body @Valid WalkInRequest walkIn, SignedInStaff staff, HttpRequest<?> request) {
        return records.walkIn(staff, id, walkIn.newcomerId(), walkIn.at() == null ? Instant.now() : walkIn.at(), ClientAddress.of(request));
    }

    @RoleRequired
    @NotFoundResponse
    @ConflictResponse
    @JsonBodyResponses
    @InvalidInputResponse
    @Post("/sessions/{id}/attendance-confirmation")
    @Operation(summary = "After the session has begun: who came; everyone else with a seat is a no-show. Once; later corrections are a coordinator's")
    Rosters.Roster confirm(UUID id, @Body @Valid Confirmation confirmation, SignedInStaff staff, HttpRequest<?> request) {
        return records.confirm(staff, id, confirmation.present(), ClientAddress.of(request));
    }
}
