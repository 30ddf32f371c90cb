package nl.meedoen.wegwijs;

import nl.meedoen.municipality.Municipality;
import nl.meedoen.municipality.MunicipalityDirectory;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The wegwijs of one municipality: its welcome, and the national topics merged with its own pages. */
@Serdeable
public record WegwijsTopics(Municipality municipality, String lang, String dir, @Nullable Welcome welcome, List<Topic> topics) {

    @Serdeable
    public record Welcome(String html, String lang, String dir, boolean fallback, String status) {
    }

    /**
     * {@code kind} is {@code national} or {@code local}; {@code localPlaces} counts the places the
     * municipality attached to the topic.
     */
    @Serdeable
    public record Topic(String slug, String kind, String title, String summary, String readingTime, String textLang,
                        String textDir, boolean fallback, String status, int localPlaces) {
    }
}
