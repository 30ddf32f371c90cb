package nl.meedoen.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.util.Date;
import java.util.Properties;

/** Sends mail through the configured SMTP server with Jakarta Mail. */
@Singleton
@Requires(property = "meedoen.smtp.host")
class SmtpDelivery implements MailDelivery {

    /** A server that stops answering must not hold an outbox row (and its lock) for long. */
    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    SmtpDelivery(SmtpSettings settings) {
        if (settings.from() == null || settings.from().isBlank()) {
            throw new IllegalStateException("MEEDOEN_SMTP_FROM is needed with MEEDOEN_SMTP_HOST: the address Meedoen's mail comes from");
        }
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalStateException("MEEDOEN_SMTP_FROM is not an e-mail address", e);
        }
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public void deliver(QueuedMail mail) throws DeliveryFailed {
        try {
            MimeMessage message = new OutboxMessage(session, mail, from.getAddress().substring(from.getAddress().indexOf('@') + 1));
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(new Date());
            if (mail.htmlBody() == null) {
                message.setText(mail.textBody(), "UTF-8");
            } else {
                message.setContent(alternatives(mail.textBody(), mail.htmlBody()));
            }
            if (settings.username() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.username(), settings.password());
            }
        } catch (MessagingException | RuntimeException e) {
            throw new DeliveryFailed(reason(e));
        }
    }

    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        return new MimeMultipart("alternative", plain, rich);
    }

    /** The type of failure and the SMTP reply code; the exception's message may name the recipient, so it is left out. */
    private static String reason(Exception e) {
        String reason = e.getClass().getSimpleName();
        if (e instanceof SMTPSendFailedException failed) {
            reason += " " + failed.getReturnCode();
        } else if (e instanceof SMTPAddressFailedException failed) {
            reason += " " + failed.getReturnCode();
        }
        return e.getCause() == null ? reason : reason + " (" + e.getCause().getClass().getSimpleName() + ")";
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return properties;
    }
}
