package nl.meedoen.mail;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of the mail_outbox table; the database numbers it, and sets when it was made and first due. */
@MappedEntity("mail_outbox")
record QueuedMail(@Id @GeneratedValue @Nullable Long id, String kind, String recipient, String subject, String textBody,
                  @Nullable String htmlBody, @GeneratedValue @Nullable Instant createdAt, int attempts,
                  @GeneratedValue @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError) {

    static QueuedMail of(Mail mail) {
        return new QueuedMail(null, mail.kind(), mail.recipient(), mail.subject(), mail.text(), mail.html(), null, 0, null, null, null);
    }
}
