package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/** Where a session is held; the map link opens a map outside the app. */
@Serdeable
record Place(String name, String address, @Nullable String room, @Nullable String accessibilityNotes, @Nullable String mapLink) {
}
