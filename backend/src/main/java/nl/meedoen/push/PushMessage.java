package nl.meedoen.push;

import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One notification for a newcomer's phones, with texts in the newcomer's language ({@code lang}), which
 * the caller writes. {@code dedupKey} names the notice (such as {@code reminder-2h:<booking id>}): a
 * notice with the same key is queued once per phone, however often it is queued. {@code kind} says
 * what the notice is for ({@code session-reminder}…) and is the only thing about it that logs may name.
 * {@code url} is a path inside the app, such as {@code /#/bookings}, opened when the notification is
 * tapped. After {@code validUntil} the notice is no longer sent: a reminder that comes after the
 * session helps nobody.
 */
public record PushMessage(String kind, String dedupKey, String lang, String title, String body, String url, Instant validUntil) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DEDUP_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,199}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    public PushMessage {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A kind is lower case letters, digits and dashes, such as session-reminder");
        }
        if (!DEDUP_KEY.matcher(dedupKey).matches()) {
            throw new IllegalArgumentException("A dedup key is at most 200 letters, digits and : . _ -");
        }
        if (!LANG.matcher(lang).matches()) {
            throw new IllegalArgumentException("lang is a language code such as ar");
        }
        if (title.isBlank() || body.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title and a text");
        }
        if (!url.startsWith("/") || url.startsWith("//") || URI.create(url).getHost() != null) {
            throw new IllegalArgumentException("url is a path inside the app, such as /#/bookings");
        }
    }
}
