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

    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String GRANTS = "grants";
    static final String SESSION = "session";
    static final String MUNICIPALITY = "municipality";

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
            return Authentication.build(staffId.toString(), roles, Map.of(NAME, account.name(), EMAIL, account.email(),
                    GRANTS, grants, SESSION, sessionId));
        });
    }

    static SignedInStaff staff(Authentication authentication) {
        @SuppressWarnings("unchecked")
        List<RoleGrant> grants = (List<RoleGrant>) authentication.getAttributes().get(GRANTS);
        return new SignedInStaff(UUID.fromString(authentication.getName()), (String) authentication.getAttributes().get(NAME),
                (String) authentication.getAttributes().get(EMAIL), grants, (UUID) authentication.getAttributes().get(SESSION));
    }

    static Authentication newcomer(SignedInNewcomer newcomer) {
        return Authentication.build(newcomer.id().toString(), List.of(SignedInNewcomer.ROLE),
                Map.of(MUNICIPALITY, newcomer.municipality(), SESSION, newcomer.sessionId()));
    }

    static SignedInNewcomer newcomer(Authentication authentication) {
        return new SignedInNewcomer(UUID.fromString(authentication.getName()), (String) authentication.getAttributes().get(MUNICIPALITY),
                (UUID) authentication.getAttributes().get(SESSION));
    }
}
