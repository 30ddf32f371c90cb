package nl.meedoen.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For trying Meedoen out without a mail server: with demo data and no SMTP server configured, a mail
 * is "delivered" by writing it, links included, to the log. This is the only place where a mail's
 * recipient and text reach a log, and it never runs with real data: then mail waits in the outbox.
 */
@Singleton
@Requires(property = "meedoen.demo-data", value = "true")
@Requires(missingProperty = "meedoen.smtp.host")
class LoggedDelivery implements MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedDelivery.class);

    @Override
    public void deliver(QueuedMail mail) {
        LOG.info("Demo mail {} ({}) to {}: {}\n{}", mail.id(), mail.kind(), mail.recipient(), mail.subject(), mail.textBody());
    }
}
