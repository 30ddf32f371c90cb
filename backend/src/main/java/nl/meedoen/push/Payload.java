package nl.meedoen.push;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the service worker receives and shows: the texts in the newcomer's language with their
 * {@code lang} and {@code dir}, the path to open when tapped, and a {@code tag} (the dedup key), so
 * that a notice delivered twice replaces itself on the phone instead of showing twice.
 */
@Serdeable
record Payload(String title, String body, String url, String lang, String dir, String tag) {
}
