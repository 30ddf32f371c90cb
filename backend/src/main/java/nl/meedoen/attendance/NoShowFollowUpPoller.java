package nl.meedoen.attendance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Looks for due follow-ups on every instance ({@code meedoen.no-show-follow-ups.poll-interval}, by default each minute). */
@Singleton
@Requires(property = "meedoen.no-show-follow-ups.enabled", notEquals = "false")
class NoShowFollowUpPoller {

    /** A bound per round, so that one round never runs for long; the next round picks up the rest. */
    private static final int MOST_PER_ROUND = 200;

    private final NoShowFollowUps followUps;

    NoShowFollowUpPoller(NoShowFollowUps followUps) {
        this.followUps = followUps;
    }

    @Scheduled(fixedDelay = "${meedoen.no-show-follow-ups.poll-interval:1m}",
            initialDelay = "${meedoen.no-show-follow-ups.poll-interval:1m}")
    void run() {
        followUps.makeDue();
        int handled = 0;
        while (handled < MOST_PER_ROUND && followUps.handleNext()) {
            handled++;
        }
    }
}
