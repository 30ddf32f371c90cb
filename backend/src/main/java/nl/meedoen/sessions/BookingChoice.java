package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The session to book or to move the booking to. */
@Serdeable
@Schema(name = "BookingChoice")
record BookingChoice(@NotNull UUID sessionId) {
}
