package nl.meedoen.testing;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/** An RFC 9457 problem document as a client reads it. */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable String instance) {
}
