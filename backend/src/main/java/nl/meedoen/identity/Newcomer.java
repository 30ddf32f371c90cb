package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A newcomer as the municipality registers them: only what the traject needs, no BSN.
 * {@code deadline} follows from the regime: three years after the start for Wi2021, one year for
 * Wi2013, none for voluntary participants.
 */
@Serdeable
public record Newcomer(UUID id, String municipality, String name, String preferredLanguage, String targetGroup,
                       String regime, @Nullable LocalDate obligationStart, @Nullable LocalDate deadline,
                       @Nullable String phone, @Nullable String email, Instant registeredAt, boolean deviceLinked) {
}
