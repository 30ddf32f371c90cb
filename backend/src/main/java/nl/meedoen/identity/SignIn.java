package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.meedoen.database.Database;
import nl.meedoen.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Staff sign-in with e-mail and password, refresh, sign-out, and setting a password through a one-time link. */
@Singleton
final class SignIn {

    private static final String WRONG = "The e-mail address or the password is not correct.";

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final AccessTokens tokens;
    private final Passwords passwords;
    private final PasswordResets resets;
    private final AuditLog audit;
    private final Database database;

    SignIn(StaffAccounts accounts, StaffSessions sessions, AccessTokens tokens, Passwords passwords, PasswordResets resets,
           AuditLog audit, Database database) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.passwords = passwords;
        this.resets = resets;
        this.audit = audit;
        this.database = database;
    }

    @Serdeable
    record Tokens(String accessToken, String refreshToken, long expiresIn, StaffProfile staff) {
    }

    @Serdeable
    record StaffProfile(UUID id, String name, String email, List<RoleGrant> roles) {
    }

    Tokens signIn(String email, String password, String client) {
        StaffAccounts.Account account = accounts.byEmail(email.strip()).orElse(null);
        if (account == null || account.passwordHash() == null || !account.active()) {
            passwords.spendTheSameTime(password);
            throw new WrongCredentials();
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
            throw new AccountLocked();
        }
        if (!passwords.matches(password, account.passwordHash())) {
            accounts.failedSignIn(account.id());
            audit.recordFor(account.id(), account.name(), "sign-in failed", client);
            throw new WrongCredentials();
        }
        accounts.succeededSignIn(account.id());
        UUID sessionId = UUID.randomUUID();
        String refresh = sessions.start(sessionId, account.id());
        audit.recordFor(account.id(), account.name(), "signed in", client);
        return tokens(account, sessionId, refresh);
    }

    Tokens refresh(String refreshToken) {
        StaffSessions.Rotated rotated = sessions.rotate(refreshToken)
                .orElseThrow(() -> new SignInRequired("This sign-in has ended or expired. Sign in again."));
        StaffAccounts.Account account = accounts.byId(rotated.staffId()).filter(StaffAccounts.Account::active)
                .orElseThrow(() -> new SignInRequired("This account is no longer active."));
        return tokens(account, rotated.sessionId(), rotated.refreshToken());
    }

    void signOut(SignedInStaff staff, String client) {
        sessions.revoke(staff.sessionId());
        audit.recordFor(staff.id(), staff.name(), "signed out", client);
    }

    /** Sets a new password with a one-time link; every existing session of the person ends. */
    void setPassword(String resetToken, String password, String client) {
        database.inTransaction(() -> {
            UUID staffId = resets.use(resetToken);
            StaffAccounts.Account account = accounts.byId(staffId).orElseThrow(InvalidResetLink::new);
            passwords.requireAcceptable(password, account.email());
            accounts.setPassword(staffId, passwords.hash(password));
            sessions.revokeAllOf(staffId);
            audit.recordFor(staffId, account.name(), "password set", client);
            return null;
        });
    }

    private Tokens tokens(StaffAccounts.Account account, UUID sessionId, String refresh) {
        return new Tokens(tokens.issue(account.id(), sessionId), refresh, tokens.lifetime().toSeconds(),
                new StaffProfile(account.id(), account.name(), account.email(), accounts.roles(account.id())));
    }

    static final class WrongCredentials extends ProblemException {
        WrongCredentials() {
            super(HttpStatus.UNAUTHORIZED, "Sign-in failed", WRONG);
        }
    }

    static final class AccountLocked extends ProblemException {
        AccountLocked() {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                    "Signing in failed too often for this account. Wait 15 minutes and try again, or ask a coordinator for a new password link.");
        }
    }

    static final class InvalidResetLink extends ProblemException {
        InvalidResetLink() {
            super(HttpStatus.BAD_REQUEST, "Link not valid", "This password link is not valid, was used already, or has expired. Ask for a new one.");
        }
    }
}
