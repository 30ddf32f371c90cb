package nl.meedoen.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.web.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff sign-in with e-mail and password, refresh, sign-out, and setting a password through a one-time
 * link. Each of them changes sessions or accounts and writes the audit log in one transaction.
 */
@Singleton
class SignIn {

    private static final String WRONG = "The e-mail address or the password is not correct.";

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final AccessTokens tokens;
    private final Passwords passwords;
    private final PasswordLinks links;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final UsedRefreshTokens usedRefreshTokens;
    private final Duration sessionLifetime;

    SignIn(StaffAccounts accounts, StaffSessions sessions, AccessTokens tokens, Passwords passwords, PasswordLinks links,
           SignInThrottle throttle, AuditLog audit, UsedRefreshTokens usedRefreshTokens, @Value("${meedoen.staff-session-hours:12}") int sessionHours) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.passwords = passwords;
        this.links = links;
        this.throttle = throttle;
        this.audit = audit;
        this.usedRefreshTokens = usedRefreshTokens;
        this.sessionLifetime = Duration.ofHours(sessionHours);
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken, long expiresIn, StaffProfile staff) {
    }

    @Serdeable
    record StaffProfile(UUID id, String name, String email, List<RoleGrant> roles) {
    }

    record Started(UUID sessionId, String refreshToken) {
    }

    /**
     * Every way of failing (unknown address, no password yet, inactive account, wrong password) answers the
     * same 401 after the same password hashing work, and is counted against this client alike, so that the
     * answer does not tell which addresses belong to staff. The failure is counted even though the answer
     * is an error: that is what slows down guessing.
     */
    @Transactional(noRollbackFor = WrongCredentials.class)
    Tokens signIn(String email, String password, String client) {
        throttle.requireAllowed(email, client);
        StaffMember account = accounts.byEmail(email.strip()).orElse(null);
        if (account == null || account.passwordHash() == null || !account.active()) {
            passwords.spendTheSameTime(password);
            throttle.failed(email, client);
            throw new WrongCredentials();
        }
        if (!passwords.matches(password, account.passwordHash())) {
            throttle.failed(email, client);
            audit.recordFor(account.id(), account.name(), "sign-in failed", client);
            throw new WrongCredentials();
        }
        throttle.succeeded(email, client);
        Started started = startSession(account, "signed in", client);
        return tokens(account, started.sessionId(), started.refreshToken());
    }

    /** Starts a session for someone who proved who they are, and returns its first refresh token. */
    @Transactional
    Started startSession(StaffMember account, String action, String client) {
        UUID sessionId = UUID.randomUUID();
        String refresh = Secrets.token("rt.");
        sessions.save(new StaffSession(sessionId, account.id(), Secrets.sha256(refresh), Instant.now().plus(sessionLifetime), null));
        audit.recordFor(account.id(), account.name(), action, client);
        return new Started(sessionId, refresh);
    }

    /**
     * Exchanges a live refresh token for new tokens; an expired or revoked one gets nothing. A token that
     * was exchanged before is a copy in someone else's hands (or the owner's, after the copy was used):
     * the whole sign-in ends, its access tokens and its newest refresh token included, and the audit log
     * says so. That end is kept although the answer is an error.
     */
    @Transactional(noRollbackFor = SignInRequired.class)
    Tokens refresh(String refreshToken, String client) {
        String presented = Secrets.sha256(refreshToken);
        String next = Secrets.token("rt.");
        if (sessions.rotate(presented, Secrets.sha256(next)) == 0) {
            usedRefreshTokens.findSessionIdByRefreshHash(presented).ifPresent(reused -> endReusedSignIn(reused, client));
            throw new SignInRequired("This sign-in has ended or expired. Sign in again.");
        }
        StaffSession session = sessions.findByRefreshHash(Secrets.sha256(next)).orElseThrow();
        usedRefreshTokens.add(presented, session.id());
        StaffMember account = accounts.byId(session.staffId()).filter(StaffMember::active)
                .orElseThrow(() -> new SignInRequired("This account is no longer active."));
        return tokens(account, session.id(), next);
    }

    private void endReusedSignIn(UUID sessionId, String client) {
        sessions.findById(sessionId).filter(session -> session.revokedAt() == null).ifPresent(session -> {
            sessions.revoke(session.id());
            accounts.byId(session.staffId()).ifPresent(account ->
                    audit.recordFor(account.id(), account.name(), "sign-in ended: a used refresh token came back", client));
        });
    }

    @Transactional
    void signOut(SignedInStaff staff, String client) {
        sessions.revoke(staff.sessionId());
        audit.recordFor(staff.id(), staff.name(), "signed out", client);
    }

    /** Sets a new password with a one-time link; every existing session of the person ends. A refused password leaves the link usable. */
    @Transactional
    void setPassword(String resetToken, String password, String client) {
        UUID staffId = links.use(resetToken);
        StaffMember account = accounts.byId(staffId).orElseThrow(InvalidResetLink::new);
        passwords.requireAcceptable(password, account.email());
        accounts.setPassword(staffId, passwords.hash(password));
        sessions.revokeAllOf(staffId);
        audit.recordFor(staffId, account.name(), "password set", client);
    }

    private Tokens tokens(StaffMember account, UUID sessionId, String refresh) {
        return new Tokens(tokens.issue(account.id(), sessionId), refresh, tokens.lifetime().toSeconds(),
                new StaffProfile(account.id(), account.name(), account.email(), accounts.roles(account.id())));
    }

    static final class WrongCredentials extends ProblemException {
        WrongCredentials() {
            super(HttpStatus.UNAUTHORIZED, "Sign-in failed", WRONG);
        }
    }

    static final class InvalidResetLink extends ProblemException {
        InvalidResetLink() {
            super(HttpStatus.BAD_REQUEST, "Link not valid", "This password link is not valid, was used already, or has expired. Ask for a new one.");
        }
    }
}
