package nl.meedoen.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived signed access tokens for staff (JWT, HMAC-SHA256). The signing key lives in the
 * database so that every instance accepts every other instance's tokens; it never changes, so it is
 * read once. A token names its session, which is checked on every request, so signing out works at once.
 */
@Singleton
final class AccessTokens {

    static final String ISSUER = "meedoen";

    private final SigningKeys keys;
    private final Duration lifetime;
    private volatile byte @Nullable [] key;

    AccessTokens(SigningKeys keys, @Value("${meedoen.access-token-minutes:10}") int minutes) {
        this.keys = keys;
        this.lifetime = Duration.ofMinutes(minutes);
    }

    record Claims(UUID staffId, UUID sessionId) {
    }

    Duration lifetime() {
        return lifetime;
    }

    String issue(UUID staffId, UUID sessionId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(staffId.toString())
                .claim("sid", sessionId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a genuine, unexpired token; empty for anything else. */
    Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(new Claims(UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid"))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            keys.addIfAbsent(Secrets.randomBytes(64));
            current = keys.findById(1).orElseThrow().secret();
            key = current;
        }
        return current;
    }
}
