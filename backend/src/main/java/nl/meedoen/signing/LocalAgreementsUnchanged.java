package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A change to the local agreements that holds exactly the texts of the current version: nothing is saved. */
final class LocalAgreementsUnchanged extends ProblemException {

    LocalAgreementsUnchanged(int version) {
        super(HttpStatus.CONFLICT, "Nothing changed", "These are the texts of version " + version + " already: no new version was saved.");
    }
}
