package nl.meedoen.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.web.ProblemException;

import java.time.Duration;
import java.time.Instant;

/**
 * Hands a sign-in that a provider vouched for over to the app. The browser comes back from the provider
 * with a one-time code in the address's fragment (never a token: addresses end up in histories, and
 * fragments at least stay out of server logs and Referer headers); the app exchanges it at once, and a
 * code that was used, took longer than a minute or was never issued gets nothing.
 */
@Singleton
class OidcHandover {

    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    private final OidcHandoverCodes codes;
    private final StaffAccounts accounts;
    private final SignIn signIn;
    private final AuditLog audit;

    OidcHandover(OidcHandoverCodes codes, StaffAccounts accounts, SignIn signIn, AuditLog audit) {
        this.codes = codes;
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
    }

    /**
     * Returns the one-time code for the app when the provider may sign in this account. A refusal of an
     * existing account is written to the audit log, as a wrong password is: it may be someone trying.
     */
    @Transactional(noRollbackFor = OidcFailed.class)
    String issue(StaffMember account, OidcProvider provider, String client) {
        provider.refusalFor(accounts.roles(account.id())).ifPresent(reason -> {
            audit.recordFor(account.id(), account.name(), "sign-in with " + provider.getId() + " refused: " + reason, client);
            throw new OidcFailed(OidcFailed.Reason.NOT_ALLOWED);
        });
        String code = Secrets.token("oh.");
        codes.save(new OidcHandoverCode(Secrets.sha256(code), account.id(), provider.getId(), Instant.now().plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * Exchanges a code for the same tokens a password sign-in gives, and records the sign-in as that
     * does. Of two requests with one code only the one whose delete removed the row goes on.
     */
    @Transactional
    SignIn.Tokens exchange(String code, String client) {
        String hash = Secrets.sha256(code);
        OidcHandoverCode handover = codes.findUnexpired(hash).filter(found -> codes.deleteById(hash) == 1)
                .orElseThrow(CodeNotValid::new);
        StaffMember account = accounts.byId(handover.staffId()).filter(StaffMember::active).orElseThrow(CodeNotValid::new);
        // The session's first refresh token never leaves the server: it is exchanged here, as the app
        // would, for the token pair.
        SignIn.Started started = signIn.startSession(account, "signed in with " + handover.provider(), client);
        return signIn.refresh(started.refreshToken());
    }

    static final class CodeNotValid extends ProblemException {
        CodeNotValid() {
            super(HttpStatus.BAD_REQUEST, "Sign-in not valid",
                    "This sign-in was already taken over, took too long or is not known. Sign in again.");
        }
    }
}
