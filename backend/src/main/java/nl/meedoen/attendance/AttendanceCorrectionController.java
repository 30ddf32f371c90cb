package nl.meedoen.attendance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;
import nl.meedoen.web.TokenRequired;

import java.util.UUID;

/** A coordinator corrects the attendance of one newcomer at a session of their municipality. */
@CommonResponses
@TokenRequired
@RoleRequired
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/sessions/{id}/attendance")
@Tag(name = "Attendance")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttendanceCorrectionController {

    @Serdeable
    @Schema(name = "AttendanceCorrection")
    record Correction(@NotNull @Pattern(regexp = "present|no-show", message = "must be present or no-show") String status) {
    }

    private final AttendanceRecords records;

    AttendanceCorrectionController(AttendanceRecords records) {
        this.records = records;
    }

    @JsonBodyResponses
    @InvalidInputResponse
    @Put("/{newcomerId}")
    @Operation(summary = "Correct whether a newcomer attended (coordinators); the audit log records who changed what")
    Rosters.Entry correct(String code, UUID id, UUID newcomerId, @Body @Valid Correction correction, SignedInStaff staff,
                          HttpRequest<?> request) {
        return records.correct(staff, code, id, newcomerId, correction.status(), ClientAddress.of(request));
    }
}
