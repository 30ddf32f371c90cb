package nl.meedoen.attendance;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** What can go wrong when attendance is recorded, each named for what happened. */
final class AttendanceProblems {

    private AttendanceProblems() {
    }

    static final class SessionCancelled extends ProblemException {
        SessionCancelled() {
            super(HttpStatus.CONFLICT, "Session cancelled", "The session was cancelled; nobody can attend it.");
        }
    }

    static final class SessionNotBegun extends ProblemException {
        SessionNotBegun() {
            super(HttpStatus.CONFLICT, "Session not begun", "Attendance is confirmed once the session has begun.");
        }
    }

    static final class AlreadyConfirmed extends ProblemException {
        AlreadyConfirmed() {
            super(HttpStatus.CONFLICT, "Attendance already confirmed",
                    "The attendance of this session was confirmed already. A coordinator corrects it when needed.");
        }
    }

    static final class NotOnRoster extends ProblemException {
        NotOnRoster() {
            super(HttpStatus.BAD_REQUEST, "Not on the roster",
                    "A newcomer named is not on the roster of this session; a trainer adds them as a walk-in first.");
        }
    }

    static final class InvalidSearch extends ProblemException {
        InvalidSearch() {
            super(HttpStatus.BAD_REQUEST, "Invalid search", "Give a part of the name with at least one letter or digit.");
        }
    }

    static final class NoSuchNewcomer extends ProblemException {
        NoSuchNewcomer() {
            super(HttpStatus.NOT_FOUND, "No such newcomer", "There is no such newcomer in the municipality of this session.");
        }
    }
}
