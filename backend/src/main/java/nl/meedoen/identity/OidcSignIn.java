package nl.meedoen.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.micronaut.context.annotation.Context;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sign-in through an OpenID Connect provider (authorization code flow with PKCE). The pending login
 * lives in the database, so the provider may send the person back to any instance; it is bound to the
 * browser that started it ({@link OidcBrowserCookie}). Made at start-up, so that a configuration
 * mistake shows at once.
 */
@Context
final class OidcSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final Map<String, OidcProvider> providers;
    private final OidcLogins logins;
    private final StaffAccounts accounts;
    private final OidcHandover handover;
    private final PublicAddress publicAddress;

    OidcSignIn(List<OidcProvider> providers, OidcLogins logins, StaffAccounts accounts, OidcHandover handover, PublicAddress publicAddress) {
        this.providers = providers.stream().collect(Collectors.toMap(OidcProvider::getId, Function.identity()));
        this.logins = logins;
        this.accounts = accounts;
        this.handover = handover;
        this.publicAddress = publicAddress;
        providers.stream().filter(OidcProvider::signsInNobody).forEach(provider -> LOG.warn(
                "The sign-in provider {} can sign in nobody: set meedoen.oidc.{}.municipalities to the codes of the municipalities it serves",
                provider.getId(), provider.getId()));
    }

    /** Where the browser goes next, and the value for its cookie when it goes to the provider. */
    record Start(URI location, @Nullable String browserValue) {
    }

    List<OidcProvider> providers() {
        return providers.values().stream().sorted(Comparator.comparing(OidcProvider::getId)).toList();
    }

    OidcProvider provider(String id) {
        OidcProvider provider = providers.get(id);
        if (provider == null) {
            throw new NotFound();
        }
        return provider;
    }

    Start start(OidcProvider provider) {
        OIDCProviderMetadata metadata;
        try {
            metadata = metadata(provider);
        } catch (OidcFailed failed) {
            return new Start(failedAt(failed), null);
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String browser = Secrets.token("");
        logins.save(new OidcLogin(Secrets.sha256(state.getValue()), provider.getId(), nonce.getValue(), verifier.getValue(),
                Secrets.sha256(browser), null));
        URI authorize = new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "email", "profile"),
                new ClientID(provider.getClientId()), callback(provider))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(authorize, browser);
    }

    /**
     * Finishes the sign-in and returns where to send the browser: the app, with a one-time code in the
     * fragment that the app exchanges at once; or, when it failed, the app's sign-in screen with the reason.
     */
    URI finish(OidcProvider provider, @Nullable String code, @Nullable String state, @Nullable String browser, String client) {
        try {
            if (code == null || state == null) {
                throw new OidcFailed(OidcFailed.Reason.CANCELLED);
            }
            if (browser == null) {
                throw new OidcFailed(OidcFailed.Reason.OTHER_BROWSER);
            }
            OidcLogin login = claim(provider, state, browser);
            StaffMember account = accounts.byEmail(verifiedEmail(provider, login, code)).filter(StaffMember::active)
                    .orElseThrow(() -> new OidcFailed(OidcFailed.Reason.NOT_ALLOWED));
            return URI.create(publicAddress.of("/#/staff/oidc/" + handover.issue(account, provider, client)));
        } catch (OidcFailed failed) {
            return failedAt(failed);
        }
    }

    /**
     * The pending login, taken out of the table so that it is used once: of two requests with the same
     * state only the one whose delete removed the row goes on. A callback from another browser leaves the
     * login alone, so the person who started it can still finish. Stale logins go in {@link IdentityCleanUp}.
     */
    private OidcLogin claim(OidcProvider provider, String state, String browser) {
        String stateHash = Secrets.sha256(state);
        OidcLogin login = logins.findRecent(stateHash, provider.getId()).orElseThrow(() -> new OidcFailed(OidcFailed.Reason.EXPIRED));
        if (!MessageDigest.isEqual(login.browserHash().getBytes(StandardCharsets.US_ASCII),
                Secrets.sha256(browser).getBytes(StandardCharsets.US_ASCII))) {
            throw new OidcFailed(OidcFailed.Reason.OTHER_BROWSER);
        }
        if (logins.deleteById(stateHash) != 1) {
            throw new OidcFailed(OidcFailed.Reason.EXPIRED);
        }
        return login;
    }

    /** Redeems the provider's code and returns the e-mail address its signed ID token vouches for. */
    private String verifiedEmail(OidcProvider provider, OidcLogin login, String code) {
        try {
            OIDCProviderMetadata metadata = metadata(provider);
            TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(provider.getClientId()), new Secret(provider.getClientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), callback(provider), new CodeVerifier(login.codeVerifier())));
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new OidcFailed(OidcFailed.Reason.PROVIDER_REFUSED);
            }
            IDTokenValidator validator = new IDTokenValidator(new Issuer(metadata.getIssuer()), new ClientID(provider.getClientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            IDTokenClaimsSet claims = validator.validate(((OIDCTokenResponse) response).getOIDCTokens().getIDToken(),
                    new Nonce(login.nonce()));
            String email = claims.getStringClaim("email");
            // Only the JSON value true counts: a missing claim, false, or a string "true" from a sloppy
            // provider could mean that anyone who types an address can take it.
            if (email == null || !Boolean.TRUE.equals(claims.getClaim("email_verified"))) {
                throw new OidcFailed(OidcFailed.Reason.EMAIL_NOT_VERIFIED);
            }
            return email;
        } catch (ParseException | IOException | JOSEException | BadJOSEException | ClassCastException e) {
            LOG.warn("Sign-in with {} failed: {}", provider.getId(), e.getMessage());
            throw new OidcFailed(OidcFailed.Reason.INVALID_ANSWER);
        }
    }

    private URI failedAt(OidcFailed failed) {
        return URI.create(publicAddress.of("/#/staff/sign-in-failed/" + failed.reason().code()));
    }

    private URI callback(OidcProvider provider) {
        return URI.create(publicAddress.of(provider.callbackPath()));
    }

    private static OIDCProviderMetadata metadata(OidcProvider provider) {
        try {
            return OIDCProviderMetadata.resolve(new Issuer(provider.getIssuer()));
        } catch (IOException | GeneralException e) {
            LOG.warn("The OpenID provider {} at {} cannot be reached: {}", provider.getId(), provider.getIssuer(), e.getMessage());
            throw new OidcFailed(OidcFailed.Reason.UNREACHABLE);
        }
    }
}
