package nl.meedoen.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider on loopback for tests: discovery, keys, an authorization endpoint
 * that signs in whoever {@link #signInAs} names without asking, and a token endpoint that checks PKCE
 * and the client's secret and hands out a signed ID token.
 */
public final class TestOidcIssuer implements AutoCloseable {

    private record Pending(String redirectUri, String nonce, String challenge, String clientId, Person person) {
    }

    /** Who the provider signs in, and what it says about their e-mail address ({@code null}: nothing). */
    private record Person(String email, @Nullable Object emailVerified) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String clientSecret;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private volatile Person person = new Person("nobody@example.org", true);

    public TestOidcIssuer(String clientSecret) {
        this.clientSecret = clientSecret;
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token","jwks_uri":"%1$s/jwks",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(url())));
        server.createContext("/jwks", exchange -> json(exchange, 200, "{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}"));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next sign-in is of this address, which the provider says it has verified. */
    public void signInAs(String email) {
        signInAs(email, true);
    }

    /**
     * The next sign-in is of this address, with this {@code email_verified} claim in the ID token: a
     * JSON boolean, a string such as {@code "true"}, or, when null, no claim at all.
     */
    public void signInAs(String email, @Nullable Object emailVerified) {
        this.person = new Person(email, emailVerified);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(first(query, "redirect_uri"), first(query, "nonce"), first(query, "code_challenge"),
                first(query, "client_id"), person));
        exchange.getResponseHeaders().add("Location", first(query, "redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(first(query, "state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, List<String>> form = URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Pending pending = codes.remove(first(form, "code"));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean pkce = pending != null && CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(first(form, "code_verifier")))
                .getValue().equals(pending.challenge());
        boolean client = authorization != null && authorization.startsWith("Basic ") && new String(java.util.Base64.getDecoder()
                .decode(authorization.substring(6)), StandardCharsets.UTF_8).endsWith(":" + clientSecret);
        if (pending == null || !pkce || !client) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(url()).subject(pending.person().email()).audience(pending.clientId())
                    .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 300_000))
                    .claim("nonce", pending.nonce()).claim("email", pending.person().email());
            if (pending.person().emailVerified() != null) {
                claims.claim("email_verified", pending.person().emailVerified());
            }
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            idToken.sign(new RSASSASigner(key));
            json(exchange, 200, "{\"access_token\":\"test\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken.serialize() + "\"}");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static void json(HttpExchange exchange, int status, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
