package nl.meedoen.identity;

import nl.meedoen.web.Caller;

import java.util.UUID;

/** A newcomer's phone that redeemed an invitation, as a controller argument. */
public record SignedInNewcomer(UUID id, String municipality, UUID sessionId) implements Caller {
}
