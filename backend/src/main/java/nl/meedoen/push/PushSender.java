package nl.meedoen.push;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one due notice per transaction: the row is claimed (locked), handed to the push service and
 * marked sent, and only then committed. A notice is therefore sent once, by one instance, however many
 * run. The one window left is a crash or a lost database connection after the push service took the
 * notice and before the commit: it is then sent a second time, and the phone shows it once, because
 * both carry the same tag. A failure that may pass (network, 429, 5xx) is counted and tried again
 * later, each time twice as late, up to six hours apart, or later when the service asks so with
 * Retry-After; a notice past its validity is given up. 404 and 410 end the subscription.
 */
@Singleton
class PushSender {

    private static final Logger LOG = LoggerFactory.getLogger(PushSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final QueuedPushes outbox;
    private final PushSubscriptions subscriptions;
    private final PushServiceCall call;
    private final Duration firstRetry;

    PushSender(QueuedPushes outbox, PushSubscriptions subscriptions, PushServiceCall call,
               @Value("${meedoen.push.first-retry:1m}") Duration firstRetry) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.call = call;
        this.firstRetry = firstRetry;
    }

    /** Says whether there was a due notice, sent or not, so that the caller knows whether to go on. */
    @Transactional
    boolean sendNext() {
        Optional<QueuedPush> due = outbox.claimNextDue();
        if (due.isEmpty()) {
            return false;
        }
        QueuedPush push = due.get();
        if (!push.validUntil().isAfter(Instant.now())) {
            outbox.giveUp(push.id(), false, "expired");
            LOG.info("Push {} ({}) expired unsent after {} attempts", push.id(), push.kind(), push.attempts());
            return true;
        }
        Delivery delivery = call.deliver(push);
        int attempt = push.attempts() + 1;
        switch (delivery.result()) {
            case ACCEPTED -> outbox.markSent(push.id());
            case GONE -> {
                subscriptions.deleteGone(push.subscriptionId());
                LOG.info("Push subscription {} ended ({}): removed with its waiting notices", push.subscriptionId(), delivery.reason());
            }
            case REFUSED -> {
                outbox.giveUp(push.id(), true, delivery.reason());
                LOG.warn("Push {} ({}) refused by the push service: {}; not tried again", push.id(), push.kind(), delivery.reason());
            }
            case TRY_AGAIN -> {
                Duration wait = waitAfter(attempt, delivery.retryAfter());
                outbox.markFailed(push.id(), Instant.now().plus(wait), delivery.reason());
                LOG.warn("Push {} ({}) not sent, attempt {}: {}; next attempt in {}", push.id(), push.kind(), attempt, delivery.reason(), wait);
            }
        }
        return true;
    }

    private Duration waitAfter(int attempts, @Nullable Duration retryAfter) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
