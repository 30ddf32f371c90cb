package nl.meedoen.content;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The ordered pages of a content module in the reader's language. */
@Serdeable
public record Outline(String lang, String dir, List<Entry> pages) {

    /**
     * One page: {@code textLang} is the language of the title actually shown, which differs from
     * the requested {@code lang} when the page fell back.
     */
    @Serdeable
    public record Entry(String slug, int position, String title, String summary, int readingMinutes, String readingTime,
                        String textLang, String textDir, boolean fallback, String status) {
    }
}
