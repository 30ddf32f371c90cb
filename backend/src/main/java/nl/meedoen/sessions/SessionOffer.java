package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as a newcomer sees it: when (also as text in their language, for Dutch clocks), where,
 * in which languages, whether they can follow it in theirs, and how many seats are left.
 */
@Serdeable
record SessionOffer(UUID id, String title, Instant startsAt, Instant endsAt, String when, Place place, List<String> languages,
                    List<String> interpreterLanguages, boolean inYourLanguage, int seatsLeft, String status) {
}
