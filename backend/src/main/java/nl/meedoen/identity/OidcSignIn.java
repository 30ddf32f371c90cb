package nl.meedoen.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
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
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sign-in through a municipality's OpenID Connect provider (authorization code flow with PKCE). The
 * pending login lives in the database, so the provider may send the person back to any instance.
 */
@Singleton
final class OidcSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final Map<String, OidcProvider> providers;
    private final OidcLogins logins;
    private final StaffAccounts accounts;
    private final SignIn signIn;
    private final PublicAddress publicAddress;

    OidcSignIn(List<OidcProvider> providers, OidcLogins logins, StaffAccounts accounts, SignIn signIn, PublicAddress publicAddress) {
        this.providers = providers.stream().collect(Collectors.toMap(OidcProvider::getId, Function.identity()));
        this.logins = logins;
        this.accounts = accounts;
        this.signIn = signIn;
        this.publicAddress = publicAddress;
    }

    List<OidcProvider> providers() {
        return providers.values().stream().sorted(java.util.Comparator.comparing(OidcProvider::getId)).toList();
    }

    /** Where to send the browser to sign in at the provider. */
    URI start(String providerId) {
        OidcProvider provider = provider(providerId);
        OIDCProviderMetadata metadata = metadata(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        logins.save(new OidcLogin(Secrets.sha256(state.getValue()), provider.getId(), nonce.getValue(), verifier.getValue(), null));
        return new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "email", "profile"),
                new ClientID(provider.getClientId()), callback(provider))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Finishes the sign-in and returns where to send the browser: the app, with a refresh token in
     * the fragment that the app exchanges (and so invalidates) at once; or, when it failed, the app's
     * sign-in screen with the reason.
     */
    URI finish(String providerId, @Nullable String code, @Nullable String state, String client) {
        try {
            if (code == null || state == null) {
                throw new OidcFailed("The sign-in service sent no code back.");
            }
            return signedIn(providerId, code, state, client);
        } catch (OidcFailed failed) {
            return URI.create(publicAddress.of("/#/staff/sign-in-failed/" + java.net.URLEncoder.encode(failed.detail(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        }
    }

    private URI signedIn(String providerId, String code, String state, String client) {
        OidcProvider provider = provider(providerId);
        OidcLogin login = claim(Secrets.sha256(state), provider)
                .orElseThrow(() -> new OidcFailed("This sign-in took too long or was already used. Start again."));
        try {
            OIDCProviderMetadata metadata = metadata(provider);
            TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(provider.getClientId()), new Secret(provider.getClientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), callback(provider), new CodeVerifier(login.codeVerifier())));
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new OidcFailed("The sign-in service refused the sign-in.");
            }
            IDTokenValidator validator = new IDTokenValidator(new Issuer(metadata.getIssuer()), new ClientID(provider.getClientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            IDTokenClaimsSet claims = validator.validate(((OIDCTokenResponse) response).getOIDCTokens().getIDToken(),
                    new Nonce(login.nonce()));
            String email = claims.getStringClaim("email");
            Boolean verified = claims.getBooleanClaim("email_verified");
            if (email == null || Boolean.FALSE.equals(verified)) {
                throw new OidcFailed("The sign-in service did not give a verified e-mail address.");
            }
            StaffMember account = accounts.byEmail(email).filter(StaffMember::active)
                    .orElseThrow(() -> new OidcFailed("There is no Meedoen account for this e-mail address. Ask a coordinator."));
            String refresh = signIn.startSession(account, "signed in with " + provider.getId(), client).refreshToken();
            return URI.create(publicAddress.of("/#/staff/oidc/" + refresh));
        } catch (ParseException | IOException | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException
                 | ClassCastException e) {
            LOG.warn("Sign-in with {} failed: {}", provider.getId(), e.getMessage());
            throw new OidcFailed("The sign-in service gave an answer that is not valid.");
        }
    }

    /**
     * The pending login, taken out of the table so that it is used once: of two requests with the same
     * state only the one whose delete removed the row goes on. Stale logins are removed by {@link IdentityCleanUp}.
     */
    private Optional<OidcLogin> claim(String stateHash, OidcProvider provider) {
        return logins.findRecent(stateHash, provider.getId()).filter(login -> logins.deleteById(stateHash) == 1);
    }

    private OidcProvider provider(String id) {
        OidcProvider provider = providers.get(id);
        if (provider == null) {
            throw new NotFound();
        }
        return provider;
    }

    private URI callback(OidcProvider provider) {
        return URI.create(publicAddress.of("/api/v1/sign-in/oidc/" + provider.getId() + "/callback"));
    }

    private static OIDCProviderMetadata metadata(OidcProvider provider) {
        try {
            return OIDCProviderMetadata.resolve(new Issuer(provider.getIssuer()));
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            LOG.warn("The OpenID provider {} at {} cannot be reached: {}", provider.getId(), provider.getIssuer(), e.getMessage());
            throw new OidcFailed("The sign-in service of your organisation cannot be reached. Try again later or sign in with a password.");
        }
    }

    static final class OidcFailed extends nl.meedoen.web.ProblemException {
        OidcFailed(String detail) {
            super(io.micronaut.http.HttpStatus.BAD_REQUEST, "Sign-in failed", detail);
        }
    }
}
