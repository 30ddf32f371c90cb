package nl.meedoen.identity;

import io.micronaut.core.annotation.Introspected;
import nl.meedoen.web.Caller;

import java.util.UUID;

/** A newcomer's phone that redeemed an invitation, as a controller argument; read straight from the database. */
@Introspected
public record SignedInNewcomer(UUID id, String municipality, UUID sessionId) implements Caller {

    /** What {@code @Secured} names to let a newcomer's linked phone in. */
    public static final String ROLE = "newcomer";
}
