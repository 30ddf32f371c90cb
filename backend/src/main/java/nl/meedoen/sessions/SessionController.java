package nl.meedoen.sessions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Coordinators plan the workshop sessions of their municipality; trainers may read them. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/sessions")
@Tag(name = "Sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    /** A session is a dagdeel, at most a day: anything longer is a typing error. */
    private static final Duration LONGEST = Duration.ofHours(24);

    private final SessionPlanning planning;
    private final SessionDirectory directory;
    private final MunicipalityDirectory municipalities;
    private final SupportedLocales locales;

    SessionController(SessionPlanning planning, SessionDirectory directory, MunicipalityDirectory municipalities, SupportedLocales locales) {
        this.planning = planning;
        this.directory = directory;
        this.municipalities = municipalities;
        this.locales = locales;
    }

    @Serdeable
    @Schema(name = "WeeklyCopies")
    record WeeklyCopies(@Min(1) @Max(52) int weeks) {
    }

    @Get
    @Operation(summary = "The sessions of the municipality that have not ended a week ago, earliest first")
    List<PlannedSession> list(@PathVariable String code, SignedInStaff staff) {
        return directory.endingAfter(access(code, staff, Role.COORDINATOR, Role.TRAINER), Instant.now().minus(Duration.ofDays(7)));
    }

    @JsonBodyResponses
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Plan a session: title, start and end (Europe/Amsterdam), place, capacity, languages, interpreters, trainers")
    PlannedSession plan(@PathVariable String code, @Body @Valid SessionPlan plan, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff, Role.COORDINATOR);
        SessionPlanning.Plan checked = checked(plan, true);
        if (plan.status() != null) {
            throw new InvalidSession("status", "is given by the service for a new session");
        }
        return directory.one(municipality, planning.plan(municipality, checked, staff, ClientAddress.of(request)));
    }

    @Get("/{id}")
    @Operation(summary = "One session of the municipality")
    PlannedSession session(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return directory.one(access(code, staff, Role.COORDINATOR, Role.TRAINER), id);
    }

    @JsonBodyResponses
    @Put("/{id}")
    @Operation(summary = "Change a planned session; booked newcomers are told of a new time or place",
            description = "The capacity cannot go below the seats taken (409); more seats go to the waiting list at once.")
    PlannedSession change(@PathVariable String code, @PathVariable UUID id, @Body @Valid SessionPlan plan, SignedInStaff staff,
                          HttpRequest<?> request) {
        String municipality = access(code, staff, Role.COORDINATOR);
        PlannedSession before = directory.one(municipality, id);
        boolean newTime = !before.start().equals(plan.start()) || !before.end().equals(plan.end());
        planning.change(municipality, id, checked(plan, newTime), staff, ClientAddress.of(request));
        return directory.one(municipality, id);
    }

    @Post("/{id}/cancellation")
    @Operation(summary = "Cancel the session: every booking ends and each booked newcomer is told")
    PlannedSession cancel(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff, Role.COORDINATOR);
        planning.cancel(municipality, id, staff, ClientAddress.of(request));
        return directory.one(municipality, id);
    }

    @JsonBodyResponses
    @Post("/{id}/weekly-copies")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Copy the session to the same weekday and time in each of the coming weeks (a series)")
    List<PlannedSession> copyWeekly(@PathVariable String code, @PathVariable UUID id, @Body @Valid WeeklyCopies copies,
                                    SignedInStaff staff, HttpRequest<?> request) {
        String municipality = access(code, staff, Role.COORDINATOR);
        return planning.copyWeekly(municipality, id, copies.weeks(), staff, ClientAddress.of(request)).stream()
                .map(copy -> directory.one(municipality, copy))
                .toList();
    }

    private SessionPlanning.Plan checked(SessionPlan plan, boolean newTime) {
        Instant start = SessionTimes.instant(plan.start(), "start");
        Instant end = SessionTimes.instant(plan.end(), "end");
        if (!end.isAfter(start)) {
            throw new InvalidSession("end", "must be after the start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidSession("end", "must be at most 24 hours after the start");
        }
        if (newTime && !start.isAfter(Instant.now())) {
            throw new InvalidSession("start", "must be in the future");
        }
        if (newTime && start.isAfter(Instant.now().plus(Duration.ofDays(3 * 366)))) {
            throw new InvalidSession("start", "must be within three years");
        }
        List<String> languages = plan.languages().stream().map(code -> locales.require(code).code()).distinct().toList();
        List<String> interpreters = plan.interpreterLanguages() == null ? List.of()
                : plan.interpreterLanguages().stream().map(code -> locales.require(code).code()).distinct().toList();
        return new SessionPlanning.Plan(plan.title(), start, end,
                new Place(plan.place().name(), plan.place().address(), plan.place().room(), plan.place().accessibilityNotes(),
                        plan.place().mapLink()),
                plan.capacity(), languages, interpreters, plan.trainerIds() == null ? List.of() : plan.trainerIds().stream().distinct().toList(),
                plan.status());
    }

    private String access(String code, SignedInStaff staff, Role... allowed) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, allowed);
        return municipality;
    }
}
