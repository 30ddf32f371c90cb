package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.RoleRequired;

import java.util.List;
import java.util.UUID;

/**
 * A newcomer's invitation letters, for coordinators. Looking at them changes nothing; issuing a new
 * one is a deliberate POST, because it makes the letter printed before stop working.
 */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Controller("${meedoen.api.path}/municipalities/{code}/newcomers/{id}/invitations")
@Tag(name = "Newcomers")
@ExecuteOn(TaskExecutors.BLOCKING)
class NewcomerInvitationController {

    private final Newcomers newcomers;
    private final Invitations invitations;
    private final InvitationLetters letters;
    private final MunicipalityDirectory municipalities;

    NewcomerInvitationController(Newcomers newcomers, Invitations invitations, InvitationLetters letters,
                                 MunicipalityDirectory municipalities) {
        this.newcomers = newcomers;
        this.invitations = invitations;
        this.letters = letters;
        this.municipalities = municipalities;
    }

    @Get
    @Operation(summary = "The newcomer's invitation letters, newest first: when issued, until when valid, and what became of them",
            description = "The codes are not among them: a code exists only on its printed letter, the database keeps a hash.")
    List<IssuedInvitation> issued(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff) {
        return invitations.issuedTo(find(code, id, staff).id());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Issue an invitation letter: a one-time code, link and QR code",
            description = "Earlier codes of the newcomer stop working and phones linked before are signed out (a lost phone or letter).")
    InvitationLetters.Letter invite(@PathVariable String code, @PathVariable UUID id, SignedInStaff staff, HttpRequest<?> request) {
        return letters.issue(find(code, id, staff), staff, ClientAddress.of(request));
    }

    private Newcomer find(String code, UUID id, SignedInStaff staff) {
        String municipality = municipalities.require(code).code();
        staff.requireIn(municipality, Role.COORDINATOR);
        return newcomers.find(municipality, id).orElseThrow(NotFound::new);
    }
}
