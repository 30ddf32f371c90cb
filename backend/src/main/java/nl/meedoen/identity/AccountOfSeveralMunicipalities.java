package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A coordinator tried to reset or deactivate an account that also belongs to another municipality (or to the platform). */
final class AccountOfSeveralMunicipalities extends ProblemException {

    AccountOfSeveralMunicipalities() {
        super(HttpStatus.FORBIDDEN, "Not allowed",
                "This person also has a role outside this municipality. Only a platform admin can send them a new password link or deactivate their account.");
    }
}
