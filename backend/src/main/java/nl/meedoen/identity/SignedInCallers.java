package nl.meedoen.identity;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a staff access token whose signature and expiry Micronaut Security checked into the signed-in
 * person, straight from the database: the session must still be live (signing out works at once) and
 * the account active, and the roles are the ones the person holds now. A token that fails here gives
 * no authentication at all, so a public route treats the request as anonymous and a secured one answers 401.
 * <p>
 * This reads the database, so it must not run on the event loop: the JWT validator subscribes on the
 * blocking pool ({@code reactive-validator-execute-on-blocking}), and this class refuses to work where
 * that setting was lost.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class SignedInCallers implements JwtAuthenticationFactory {

    /** The attribute of an {@link Authentication} that holds the caller it was made for. */
    static final String CALLER = "meedoen.caller";

    private final StaffSessions sessions;
    private final StaffAccounts accounts;

    SignedInCallers(StaffSessions sessions, StaffAccounts accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        EventLoop.refuse();
        UUID staffId;
        UUID sessionId;
        try {
            staffId = UUID.fromString(token.getJWTClaimsSet().getSubject());
            sessionId = UUID.fromString(token.getJWTClaimsSet().getStringClaim(AccessTokens.SESSION_CLAIM));
        } catch (ParseException | IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
        if (!sessions.isLiveFor(sessionId, staffId)) {
            return Optional.empty();
        }
        return accounts.byId(staffId).filter(StaffMember::active).map(account -> {
            List<RoleGrant> grants = accounts.roles(staffId);
            List<String> roles = new ArrayList<>();
            roles.add(SignedInStaff.ROLE);
            grants.stream().map(grant -> grant.role().code()).distinct().forEach(roles::add);
            return Authentication.build(staffId.toString(), roles,
                    Map.of(CALLER, new SignedInStaff(staffId, account.name(), account.email(), grants, sessionId)));
        });
    }

    static SignedInStaff staff(Authentication authentication) {
        return (SignedInStaff) authentication.getAttributes().get(CALLER);
    }

    static Authentication newcomer(SignedInNewcomer newcomer) {
        return Authentication.build(newcomer.id().toString(), List.of(SignedInNewcomer.ROLE), Map.of(CALLER, newcomer));
    }

    static SignedInNewcomer newcomer(Authentication authentication) {
        return (SignedInNewcomer) authentication.getAttributes().get(CALLER);
    }
}
