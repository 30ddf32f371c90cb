package nl.meedoen.wegwijs;

import io.micronaut.serde.annotation.Serdeable;
import nl.meedoen.content.PageView;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A wegwijs topic as a newcomer of one municipality reads it: the national text (or the municipality's
 * own page) and the local places that belong to it.
 */
@Serdeable
public record WegwijsPage(String municipality, String kind, PageView page, List<Place> places) {

    /**
     * A place with everything needed to find and reach it. {@code phone.spoken} groups the digits for
     * screen readers; opening hours are formatted for the reader, and {@code slots} keep the plain
     * times so that the app can tell, also offline, whether the place is open now.
     */
    @Serdeable
    public record Place(String name, @Nullable String address, @Nullable String mapUrl, @Nullable Phone phone,
                        @Nullable String email, @Nullable String website, @Nullable Note note, List<Day> openingHours) {
    }

    @Serdeable
    public record Phone(String display, String href, String spoken) {
    }

    @Serdeable
    public record Note(String text, String lang, String dir, boolean fallback, String status) {
    }

    /** One day of the week, in the order of the reader's locale; no hours means closed. */
    @Serdeable
    public record Day(int weekday, String name, List<String> hours, List<Slot> slots) {
    }

    @Serdeable
    public record Slot(String opens, String closes) {
    }
}
