package nl.meedoen.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Short-lived access tokens for staff: JWTs made by Micronaut Security and signed by the
 * {@link SigningKeyRing}. A token names the person ({@code sub}) and the sign-in session ({@code sid});
 * the session is checked on every request, so signing out ends the token at once. Roles are not taken
 * from the token but read afresh for every request ({@link SignedInCallers}).
 */
@Singleton
final class AccessTokens {

    static final String SESSION_CLAIM = "sid";

    private final TokenGenerator generator;
    private final Duration lifetime;

    AccessTokens(TokenGenerator generator, @Value("${meedoen.access-token-minutes:10}") int minutes) {
        this.generator = generator;
        this.lifetime = Duration.ofMinutes(minutes);
    }

    Duration lifetime() {
        return lifetime;
    }

    String issue(UUID staffId, UUID sessionId) {
        Authentication subject = Authentication.build(staffId.toString(), List.of(SignedInStaff.ROLE),
                Map.of(SESSION_CLAIM, sessionId.toString()));
        return generator.generateToken(subject, Math.toIntExact(lifetime.toSeconds()))
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
    }
}
