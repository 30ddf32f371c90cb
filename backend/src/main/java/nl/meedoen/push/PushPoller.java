package nl.meedoen.push;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for due notices every few seconds ({@code meedoen.push.poll-interval}) on every instance.
 * Without a contact for the push services (see {@link ServerKey}) nothing is sent: notices wait.
 */
@Singleton
class PushPoller {

    /** A bound per round, so that one round never runs for long; the next round picks up the rest. */
    private static final int MOST_PER_ROUND = 100;

    private static final Logger LOG = LoggerFactory.getLogger(PushPoller.class);

    private final PushSender sender;
    private final ServerKey serverKey;
    private final QueuedPushes outbox;

    PushPoller(PushSender sender, ServerKey serverKey, QueuedPushes outbox) {
        this.sender = sender;
        this.serverKey = serverKey;
        this.outbox = outbox;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!serverKey.canSend()) {
            LOG.warn("No contact for push services (MEEDOEN_PUSH_CONTACT, a mailto: address, or an https MEEDOEN_PUBLIC_URL):"
                    + " notifications are kept in the outbox and not sent; {} are waiting", outbox.countPending());
        }
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
