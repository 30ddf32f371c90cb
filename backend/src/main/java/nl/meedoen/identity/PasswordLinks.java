package nl.meedoen.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One-time links to set a password: for a new staff member, or after a reset by an admin or coordinator. */
@Singleton
class PasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(3);

    private final PasswordResets resets;

    PasswordLinks(PasswordResets resets) {
        this.resets = resets;
    }

    record Issued(String token, Instant expiresAt) {
    }

    /** A new link; earlier unused links of the same person stop working. */
    @Transactional
    Issued issue(UUID staffId, @Nullable UUID createdBy) {
        String token = Secrets.token("pw.");
        Instant expiresAt = Instant.now().plus(VALID_FOR);
        resets.endUnusedOf(staffId);
        resets.save(new PasswordReset(Secrets.sha256(token), staffId, createdBy, expiresAt, null));
        return new Issued(token, expiresAt);
    }

    /** Marks the link used and says whose it is; a used, unknown or expired link is refused. */
    @Transactional
    UUID use(String token) {
        String hash = Secrets.sha256(token);
        if (resets.use(hash) == 0) {
            throw new SignIn.InvalidResetLink();
        }
        return resets.findById(hash).orElseThrow().staffId();
    }
}
