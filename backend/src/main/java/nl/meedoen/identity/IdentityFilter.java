package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Finds out who is calling from the {@code Authorization: Bearer} token: a staff member (a signed
 * access token whose session is still live) or a newcomer's phone (an opaque device token). A request
 * without a token passes on anonymously; a token that is not valid is refused at once.
 */
@ServerFilter("/api/v1/**")
final class IdentityFilter {

    static final String CALLER = "meedoen.caller";

    private final AccessTokens tokens;
    private final StaffSessions sessions;
    private final StaffAccounts accounts;
    private final NewcomerSessions newcomerSessions;

    IdentityFilter(AccessTokens tokens, StaffSessions sessions, StaffAccounts accounts, NewcomerSessions newcomerSessions) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.newcomerSessions = newcomerSessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void identify(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        if (authorization == null) {
            return;
        }
        if (!authorization.startsWith("Bearer ")) {
            throw new SignInRequired("Send the token as 'Authorization: Bearer <token>'.");
        }
        String token = authorization.substring("Bearer ".length()).strip();
        if (token.startsWith(NewcomerSessions.PREFIX)) {
            request.setAttribute(CALLER, newcomerSessions.findLive(Secrets.sha256(token))
                    .orElseThrow(() -> new SignInRequired("This phone is no longer signed in. Use the code from a new invitation letter.")));
            return;
        }
        AccessTokens.Claims claims = tokens.verify(token)
                .orElseThrow(() -> new SignInRequired("The sign-in has expired or is not valid. Sign in again."));
        if (!sessions.isLive(claims.sessionId())) {
            throw new SignInRequired("You signed out or your session ended. Sign in again.");
        }
        StaffMember account = accounts.byId(claims.staffId()).filter(StaffMember::active)
                .orElseThrow(() -> new SignInRequired("This account is no longer active."));
        request.setAttribute(CALLER, new SignedInStaff(account.id(), account.name(), account.email(),
                accounts.roles(account.id()), claims.sessionId()));
    }
}
