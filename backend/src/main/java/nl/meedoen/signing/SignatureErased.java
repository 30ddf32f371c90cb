package nl.meedoen.signing;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** A signature whose personal parts were erased after the retention period: its certificate cannot be made any more. */
final class SignatureErased extends ProblemException {

    SignatureErased() {
        super(HttpStatus.GONE, "Signature erased",
                "The personal parts of this signature were erased when its retention period ended: it has no certificate any more. "
                + "The record itself and its verification code remain.");
    }
}
