package nl.meedoen.sessions;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Looks for due reminders on every instance ({@code meedoen.reminders.poll-interval}, by default each minute). */
@Singleton
@Requires(property = "meedoen.reminders.enabled", notEquals = "false")
class ReminderPoller {

    /** A bound per round, so that one round never runs for long; the next round picks up the rest. */
    private static final int MOST_PER_ROUND = 200;

    private final Reminders reminders;

    ReminderPoller(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${meedoen.reminders.poll-interval:1m}", initialDelay = "${meedoen.reminders.poll-interval:1m}")
    void run() {
        reminders.makeDue();
        int handled = 0;
        while (handled < MOST_PER_ROUND && reminders.sendNext()) {
            handled++;
        }
    }
}
