package nl.meedoen.push;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Looks for due notices every few seconds ({@code meedoen.push.poll-interval}) on every instance.
 * Without a contact for the push services (see {@link ServerKey}) nothing is sent: notices wait.
 */
@Singleton
class PushPoller {

    /** A bound per round, so that one round never runs for long; the next round picks up the rest. */
    private static final int MOST_PER_ROUND = 100;

    private final PushSender sender;
    private final ServerKey serverKey;

    PushPoller(PushSender sender, ServerKey serverKey) {
        this.sender = sender;
        this.serverKey = serverKey;
    }

    @Scheduled(fixedDelay = "${meedoen.push.poll-interval:5s}", initialDelay = "${meedoen.push.poll-interval:5s}")
    void sendDue() {
        if (!serverKey.canSend()) {
            return;
        }
        for (int round = 0; round < MOST_PER_ROUND; round++) {
            if (!sender.sendNext()) {
                return;
            }
        }
    }
}
