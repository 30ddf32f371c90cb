package nl.meedoen.mail;

import org.jspecify.annotations.Nullable;

/**
 * One mail to one person. The plain text is always there, so every mail program can show it; the
 * HTML version is optional. {@code kind} says what the mail is for ({@code staff-welcome},
 * {@code booking-confirmation}…) and is the only thing about it that logs may name.
 */
public record Mail(String recipient, String subject, String text, @Nullable String html, String kind) {

    public Mail {
        if (recipient.isBlank() || subject.isBlank() || kind.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient, a subject and a kind");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A subject is one line");
        }
    }

    public static Mail text(String recipient, String subject, String text, String kind) {
        return new Mail(recipient.strip(), subject, text, null, kind);
    }
}
