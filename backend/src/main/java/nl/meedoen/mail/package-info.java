/**
 * Mail that leaves Meedoen: an outbox in PostgreSQL, written in the transaction of the change that
 * causes the mail, and a sender that delivers it over SMTP. Features queue a {@link nl.meedoen.mail.Mail}
 * with {@link nl.meedoen.mail.Outbox}; everything else here is internal.
 */
@NullMarked
package nl.meedoen.mail;

import org.jspecify.annotations.NullMarked;
