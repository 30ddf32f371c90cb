package nl.meedoen.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keys that sign and verify staff access tokens (HMAC-SHA256), kept in PostgreSQL so that every
 * instance accepts the tokens of every other one. A token names its key in the {@code kid} header.
 * The newest key signs; older ones verify until the last token they signed has expired, then they are
 * removed. What an instance keeps in memory is only a copy of the table: a key id it does not know
 * makes it read the table again, so a key another instance just made works here at once.
 * <p>
 * Verifying may read the database; it runs on the blocking pool because the token validator is told
 * to ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}).
 */
@Singleton
@Named("generator")
final class SigningKeyRing implements SignatureGeneratorConfiguration {

    /** Room for clocks that differ a little between instances. */
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyRing.class);

    private final SigningKeys keys;
    private final Duration rotateEvery;
    private final Duration checkEvery;
    private final Duration tokenLifetime;
    private volatile Map<UUID, SigningKey> known = Map.of();

    SigningKeyRing(SigningKeys keys,
                   @Value("${meedoen.signing-keys.rotate-every:7d}") Duration rotateEvery,
                   @Value("${meedoen.signing-keys.check-every:10m}") Duration checkEvery,
                   @Value("${meedoen.access-token-minutes:10}") int tokenMinutes) {
        this.keys = keys;
        this.rotateEvery = rotateEvery;
        this.checkEvery = checkEvery;
        this.tokenLifetime = Duration.ofMinutes(tokenMinutes);
    }

    /**
     * Makes a new key when none signs beyond the next check, so that one is ready before the current
     * one stops signing; removes keys whose tokens have all expired; and reads the table again.
     */
    @Scheduled(fixedDelay = "${meedoen.signing-keys.check-every:10m}")
    void rotate() {
        Instant now = Instant.now();
        Instant signsUntil = now.plus(rotateEvery);
        if (keys.addUnlessOneSignsUntil(now.plus(checkEvery), UUID.randomUUID(), Secrets.randomBytes(64), signsUntil,
                signsUntil.plus(tokenLifetime).plus(SKEW)) > 0) {
            LOG.info("Made a new key for signing access tokens; it signs until {}", signsUntil);
        }
        int removed = keys.deleteByVerifiesUntilLessThan(now);
        if (removed > 0) {
            LOG.info("Removed {} signing keys whose tokens have all expired", removed);
        }
        reload();
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SigningKey key = signingKey(Instant.now());
        if (key == null) {
            rotate();
            key = signingKey(Instant.now());
        }
        if (key == null) {
            throw new JOSEException("There is no key to sign access tokens with");
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id().toString()).build(), claims);
        jwt.sign(new MACSigner(key.secret()));
        return jwt;
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        UUID id = keyId(jwt.getHeader().getKeyID());
        if (id == null) {
            return false;
        }
        SigningKey key = known.get(id);
        if (key == null) {
            reload();
            key = known.get(id);
        }
        return key != null && key.verifiesAt(Instant.now()) && jwt.verify(new MACVerifier(key.secret()));
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 algorithm is supported";
    }

    private @Nullable SigningKey signingKey(Instant now) {
        return known.values().stream().filter(key -> key.signsAt(now))
                .max(Comparator.comparing(SigningKey::createdAt)).orElse(null);
    }

    private void reload() {
        known = keys.findByVerifiesUntilGreaterThan(Instant.now()).stream()
                .collect(Collectors.toUnmodifiableMap(SigningKey::id, Function.identity()));
    }

    private static @Nullable UUID keyId(@Nullable String kid) {
        try {
            return kid == null ? null : UUID.fromString(kid);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
