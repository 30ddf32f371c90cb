package nl.meedoen.wegwijs;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock and the time zone of wegwijs. Places keep Dutch local time, so every moment is turned
 * into Europe/Amsterdam time, whatever zone the server or a test clock runs in. The clock is a bean
 * so that tests can stop it at any moment.
 */
@Factory
class TimeInTheNetherlands {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Singleton
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(NETHERLANDS));
    }
}
