package nl.meedoen.attendance;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.sessions.TrainerSessions;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One follow-up per newcomer and missed session, inviting them to book again, once the no-show has
 * stood for the grace period ({@code meedoen.no-show-follow-ups.grace}, by default two hours): a
 * trainer who ticked the wrong name, or a coordinator who hears the newcomer did come, corrects it to
 * present within that time and nothing goes out. Each follow-up is claimed, its mail and notifications
 * queued, the missed seat ended and the row marked handled in one transaction: a restart never loses one
 * (it is made at the next round) and no instance ever sends one twice.
 */
@Singleton
class NoShowFollowUps {

    private final FollowUps followUps;
    private final TrainerSessions sessions;
    private final FollowUpNotices notices;
    private final long graceSeconds;
    private final long maxAgeSeconds;

    NoShowFollowUps(FollowUps followUps, TrainerSessions sessions, FollowUpNotices notices,
                    @Value("${meedoen.no-show-follow-ups.grace:2h}") Duration grace,
                    @Value("${meedoen.no-show-follow-ups.max-age:14d}") Duration maxAge) {
        this.followUps = followUps;
        this.sessions = sessions;
        this.notices = notices;
        this.graceSeconds = grace.toSeconds();
        this.maxAgeSeconds = maxAge.toSeconds();
    }

    @Transactional
    int makeDue() {
        return followUps.addDue(graceSeconds, maxAgeSeconds);
    }

    /** Says whether there was a follow-up to handle, so that the caller knows whether to go on. */
    @Transactional
    boolean handleNext() {
        Optional<FollowUp> due = followUps.claimNext();
        if (due.isEmpty()) {
            return false;
        }
        UUID session = due.get().key().sessionId();
        UUID newcomer = due.get().key().newcomerId();
        followUps.handled(session, newcomer, outcome(session, newcomer));
        return true;
    }

    private String outcome(UUID session, UUID newcomer) {
        if (!followUps.lockAttendance(session, newcomer).filter(Attendance.NO_SHOW::equals).isPresent()) {
            return FollowUp.PRESENT;
        }
        if (sessions.bookedAgain(newcomer, session)) {
            return FollowUp.BOOKED_AGAIN;
        }
        sessions.endMissedSeat(session, newcomer);
        TrainerSessions.Taught missed = sessions.find(session).orElseThrow();
        return notices.inviteToBookAgain(newcomer, missed) ? FollowUp.SENT : FollowUp.NO_CONTACT;
    }
}
