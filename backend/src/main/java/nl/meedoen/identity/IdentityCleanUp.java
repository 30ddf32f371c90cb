package nl.meedoen.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Removes sign-in rows that can no longer be used. Every instance runs it; plain deletes by age do
 * not get in each other's way, and a row deleted twice is simply gone.
 */
@Singleton
class IdentityCleanUp {

    /** Ended staff sessions stay a week, for looking into a sign-in that someone reports as not theirs. */
    static final Duration STAFF_SESSIONS_KEPT = Duration.ofDays(7);
    /** Wrong codes only count for 15 minutes; a day leaves room to look into guessing. */
    static final Duration REDEEM_ATTEMPTS_KEPT = Duration.ofDays(1);
    /** Failed sign-ins only count for a quarter of an hour; a day leaves room to look into guessing. */
    static final Duration SIGN_IN_FAILURES_KEPT = Duration.ofDays(1);
    /** A sign-in at a provider is only finished within ten minutes. */
    static final Duration OIDC_LOGINS_KEPT = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(IdentityCleanUp.class);

    private final StaffSessions staffSessions;
    private final PasswordResets passwordResets;
    private final RedeemAttempts redeemAttempts;
    private final OidcLogins oidcLogins;
    private final SignInFailures signInFailures;
    private final OidcHandoverCodes oidcHandoverCodes;

    IdentityCleanUp(StaffSessions staffSessions, PasswordResets passwordResets, RedeemAttempts redeemAttempts, OidcLogins oidcLogins,
                    SignInFailures signInFailures, OidcHandoverCodes oidcHandoverCodes) {
        this.staffSessions = staffSessions;
        this.passwordResets = passwordResets;
        this.redeemAttempts = redeemAttempts;
        this.oidcLogins = oidcLogins;
        this.signInFailures = signInFailures;
        this.oidcHandoverCodes = oidcHandoverCodes;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void run() {
        Instant now = Instant.now();
        int sessions = staffSessions.deleteEndedBefore(now.minus(STAFF_SESSIONS_KEPT));
        int resets = passwordResets.deleteUsedOrExpired(now);
        int attempts = redeemAttempts.deleteByAttemptedAtLessThan(now.minus(REDEEM_ATTEMPTS_KEPT));
        int logins = oidcLogins.deleteByStartedAtLessThan(now.minus(OIDC_LOGINS_KEPT));
        int failures = signInFailures.deleteByFailedAtLessThan(now.minus(SIGN_IN_FAILURES_KEPT));
        int handovers = oidcHandoverCodes.deleteByExpiresAtLessThan(now);
        LOG.info("Removed {} ended staff sessions, {} used or expired password links, {} invitation code attempts, {} unfinished provider sign-ins,"
                + " {} failed sign-ins and {} expired provider hand-over codes", sessions, resets, attempts, logins, failures, handovers);
    }
}
