package nl.meedoen.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one due mail per transaction: the row is claimed (locked), handed to SMTP and marked sent, and
 * only then committed. A mail is therefore sent once, by one instance, however many run. The one window
 * left is a crash or a lost database connection after the SMTP server accepted the mail and before the
 * commit: the row is then still unsent and the mail goes out a second time, with the same Message-ID.
 * A failed attempt is counted and tried again later, each time twice as late, up to six hours apart;
 * the row stays until it is sent, across restarts.
 */
@Singleton
@Requires(beans = MailDelivery.class)
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final QueuedMails mails;
    private final MailDelivery delivery;
    private final Duration firstRetry;

    OutboxSender(QueuedMails mails, MailDelivery delivery, @Value("${meedoen.mail.first-retry:1m}") Duration firstRetry) {
        this.mails = mails;
        this.delivery = delivery;
        this.firstRetry = firstRetry;
    }

    /** Says whether there was a due mail, sent or not, so that the caller knows whether to go on. */
    @Transactional
    boolean sendNext() {
        Optional<QueuedMail> due = mails.claimNextDue();
        if (due.isEmpty()) {
            return false;
        }
        QueuedMail mail = due.get();
        long id = mail.id() == null ? 0 : mail.id();
        try {
            delivery.deliver(mail);
            mails.markSent(id);
        } catch (DeliveryFailed failed) {
            Duration wait = waitAfter(mail.attempts() + 1);
            mails.markFailed(id, Instant.now().plus(wait), failed.reason());
            LOG.warn("Mail {} ({}) not sent, attempt {}: {}; next attempt in {}", id, mail.kind(), mail.attempts() + 1,
                    failed.reason(), wait);
        }
        return true;
    }

    private Duration waitAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
