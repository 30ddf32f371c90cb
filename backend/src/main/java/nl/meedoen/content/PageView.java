package nl.meedoen.content;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * One page for reading. {@code lang}/{@code dir} describe the text returned; {@code requestedLang}
 * is what the reader asked for. {@code status} is {@code source} (the Dutch original), {@code reviewed},
 * {@code unreviewed} or {@code outdated} (translated from an older Dutch version than
 * {@code sourceVersion}). {@code html} is sanitised and safe to insert.
 */
@Serdeable
public record PageView(String slug, String title, String summary, String html, String lang, String dir,
                       String requestedLang, boolean fallback, String status, int sourceVersion,
                       int translatedFromVersion, int readingMinutes, String readingTime, int position, int pageCount,
                       @Nullable String previous, @Nullable String next) {
}
