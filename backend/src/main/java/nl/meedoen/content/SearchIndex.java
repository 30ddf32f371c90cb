package nl.meedoen.content;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Everything the app needs to search national content on the phone, also offline: per page the
 * text in the reader's language and in Dutch (a word heard at the counter, like "huisarts", must
 * find the topic) and the Dutch keywords.
 */
@Serdeable
record SearchIndex(String lang, List<Entry> entries) {

    @Serdeable
    record Entry(String module, String slug, String title, String summary, String text, String textLang,
                 String dutchTitle, String dutchText, List<String> keywords) {
    }
}
