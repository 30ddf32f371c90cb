package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.ConflictResponse;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.validation.EmailAddress;
import nl.meedoen.web.validation.PersonName;
import nl.meedoen.web.validation.TextInput;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Admins and coordinators manage the staff of their own municipalities, and read its audit log. Nothing
 * here ever answers with a password link: links go by mail to the account's own address.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Controller("${meedoen.api.path}/municipalities/{code}")
@Tag(name = "Staff")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    /** Roles a coordinator hands out in a municipality; the platform admin role is not one of them. */
    private static final Set<Role> MUNICIPAL_ROLES = Set.of(Role.COORDINATOR, Role.TRAINER, Role.EDITOR);

    private final StaffDirectory directory;
    private final StaffAccountAdministration administration;
    private final MunicipalityDirectory municipalities;
    private final AuditLog audit;

    StaffController(StaffDirectory directory, StaffAccountAdministration administration, MunicipalityDirectory municipalities,
                    AuditLog audit) {
        this.directory = directory;
        this.administration = administration;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Serdeable
    @Schema(name = "NewStaff")
    record NewStaff(@NotBlank @EmailAddress String email, @NotBlank @PersonName String name, @Nullable List<Role> roles) {

        NewStaff {
            email = TextInput.normalised(email);
            name = TextInput.normalised(name);
        }
    }

    @Serdeable
    @Schema(name = "StaffRoles")
    record Roles(@Nullable List<Role> roles) {
    }

    @Get("/staff")
    @Operation(summary = "Staff with a role in the municipality")
    List<StaffDirectory.Member> staff(@PathVariable String code, SignedInStaff caller) {
        return directory.in(access(code, caller));
    }

    @JsonBodyResponses
    @ConflictResponse
    @Post("/staff")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Give a person roles in the municipality",
            description = "A new person gets an account and a welcome mail with a one-time link to set a password. "
                    + "An existing account keeps its password; its owner gets a mail about the new roles.")
    StaffDirectory.Added add(@PathVariable String code, @Body @Valid NewStaff person, SignedInStaff caller, HttpRequest<?> request) {
        String municipality = access(code, caller);
        Set<Role> roles = municipal(person.roles(), true);
        return directory.add(municipality, person.email(), person.name(), roles, caller, ClientAddress.of(request));
    }

    @JsonBodyResponses
    @ConflictResponse
    @Put("/staff/{id}/roles")
    @Operation(summary = "Replace a person's roles in the municipality; no roles removes them from it",
            description = "Answers with the municipality's staff as they are after the change.")
    List<StaffDirectory.Member> setRoles(@PathVariable String code, @PathVariable UUID id, @Body @Valid Roles roles, SignedInStaff caller,
                                   HttpRequest<?> request) {
        String municipality = access(code, caller);
        Set<Role> granted = municipal(roles.roles(), false);
        return directory.setRoles(municipality, id, granted, caller, ClientAddress.of(request));
    }

    @Post("/staff/{id}/password-reset")
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail the person a one-time link to set a new password; earlier links stop working",
            description = "The link goes to the person's own e-mail address only. An account with roles in other "
                    + "municipalities is reset by a platform admin only.")
    StaffAccountAdministration.LinkSent resetPassword(@PathVariable String code, @PathVariable UUID id, SignedInStaff caller,
                                                      HttpRequest<?> request) {
        String municipality = access(code, caller);
        return administration.sendPasswordLink(municipality, id, caller, ClientAddress.of(request));
    }

    @Post("/staff/{id}/deactivation")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate a person's account: no more sign-ins, every session ends",
            description = "An account with roles in other municipalities is deactivated by a platform admin only.")
    void deactivate(@PathVariable String code, @PathVariable UUID id, SignedInStaff caller, HttpRequest<?> request) {
        String municipality = access(code, caller);
        administration.deactivate(municipality, id, caller, ClientAddress.of(request));
    }

    @Post("/staff/{id}/reactivation")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reactivate a deactivated account: the person can sign in again with their own password",
            description = "Sessions ended by the deactivation stay ended. An account with roles in other municipalities is "
                    + "reactivated by a platform admin only.")
    void reactivate(@PathVariable String code, @PathVariable UUID id, SignedInStaff caller, HttpRequest<?> request) {
        String municipality = access(code, caller);
        administration.reactivate(municipality, id, caller, ClientAddress.of(request));
    }

    @Get("/audit-events")
    @Operation(summary = "What staff changed in the municipality, newest first")
    List<AuditLog.Event> auditEvents(@PathVariable String code, @QueryValue @Nullable Integer limit, SignedInStaff caller) {
        int rows = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return audit.of(access(code, caller), rows);
    }

    private String access(String code, SignedInStaff caller) {
        String municipality = municipalities.require(code).code();
        caller.requireIn(municipality, Role.COORDINATOR);
        return municipality;
    }

    private static Set<Role> municipal(@Nullable List<Role> roles, boolean atLeastOne) {
        if (roles == null || (atLeastOne && roles.isEmpty()) || !MUNICIPAL_ROLES.containsAll(roles)) {
            throw new InvalidRoles();
        }
        return Set.copyOf(roles);
    }

    static final class InvalidRoles extends nl.meedoen.web.ProblemException {
        InvalidRoles() {
            super(HttpStatus.BAD_REQUEST, "Invalid roles", "Give one or more of the roles coordinator, trainer and editor.");
        }
    }
}
