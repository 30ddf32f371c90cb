package nl.meedoen.wegwijs;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the places of a wegwijs topic are open at this moment, in words for the reader. Unlike the
 * topic itself this answer is made afresh for every request, since it depends on the clock.
 */
@Serdeable
public record PlacesNow(String municipality, String at, List<Place> places) {

    /** {@code until} is Dutch local time (ISO); absent when closed or open round the clock. */
    @Serdeable
    public record Place(String name, boolean open, String text, @Nullable String until, @Nullable Upcoming upcoming) {
    }

    /** The next date within two weeks on which the place keeps other hours, such as a closure on a public holiday. */
    @Serdeable
    public record Upcoming(LocalDate date, @Nullable String holiday, boolean closed, String text) {
    }
}
