package nl.meedoen.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Access tokens name their key; keys rotate, live in PostgreSQL for every instance, and go when no token needs them. */
@MicronautTest(transactional = false)
class SigningKeysRotateTest {

    private final Api api;
    private final Sql database;
    private final SigningKeyRing ring;

    SigningKeysRotateTest(EmbeddedServer server, JsonMapper json, Sql database, SigningKeyRing ring) {
        this.api = new Api(server, json);
        this.database = database;
        this.ring = ring;
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Test
    void aTokenOfThePreviousKeyStillWorksAfterRotationAndStopsWhenItsKeyIsRemoved() throws Exception {
        String before = signIn();
        String previousKey = SignedJWT.parse(before).getHeader().getKeyID();
        assertNotNull(previousKey, "a token names its key");

        // when the key's signing time is over and the scheduled check runs
        database.update("UPDATE signing_key SET signs_until = now() WHERE id = ?::uuid", previousKey);
        ring.rotate();
        String after = signIn();

        // then a new key signs, and the old one still verifies
        assertNotEquals(previousKey, SignedJWT.parse(after).getHeader().getKeyID());
        assertEquals(200, me(before));
        assertEquals(200, me(after));

        // when every token of the old key has expired, the check removes it
        database.update("UPDATE signing_key SET verifies_until = now() WHERE id = ?::uuid", previousKey);
        ring.rotate();
        assertEquals(0, database.one("SELECT count(*) FROM signing_key WHERE id = ?::uuid", rows -> rows.getInt(1), previousKey).orElseThrow());
        assertEquals(401, me(before));
        assertEquals(200, me(after));
    }

    @Test
    void aKeyMadeByAnotherInstanceIsReadFromTheDatabaseWhenATokenNamesIt() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(signIn()).getJWTClaimsSet();
        byte[] secret = Secrets.randomBytes(64);
        UUID otherInstancesKey = UUID.randomUUID();
        database.update("""
                INSERT INTO signing_key (id, secret, signs_until, verifies_until)
                VALUES (?, ?, now() + interval '1 day', now() + interval '1 day 11 minutes')
                """, otherInstancesKey, secret);

        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(otherInstancesKey.toString()).build(),
                new JWTClaimsSet.Builder(genuine).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        token.sign(new MACSigner(secret));

        assertEquals(200, me(token.serialize()));
    }

    @Test
    void aTokenWithoutAKnownKeyOrSignedWithAnotherSecretIsRefused() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(signIn()).getJWTClaimsSet();
        String key = database.one("SELECT id::text FROM signing_key ORDER BY created_at DESC LIMIT 1", rows -> rows.getString(1)).orElseThrow();
        for (String kid : new String[] {UUID.randomUUID().toString(), key, "not-a-key"}) {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), genuine);
            token.sign(new MACSigner(Secrets.randomBytes(64)));
            assertEquals(401, me(token.serialize()), kid);
        }
    }

    @Test
    void aGenuinelySignedTokenStillNeedsOurIssuerAndALiveSessionOfItsOwnPerson() throws Exception {
        JWTClaimsSet genuine = SignedJWT.parse(signIn()).getJWTClaimsSet();
        JWTClaimsSet otherPerson = SignedJWT.parse(signIn("trainer@voorbeeldstad.example")).getJWTClaimsSet();
        record Key(String id, byte[] secret) {
        }
        Key key = database.one("SELECT id::text, secret FROM signing_key WHERE signs_until > now() ORDER BY created_at DESC LIMIT 1",
                rows -> new Key(rows.getString(1), rows.getBytes(2))).orElseThrow();

        Map<String, JWTClaimsSet> refused = Map.of(
                "another issuer", new JWTClaimsSet.Builder(genuine).issuer("someone-else").build(),
                "no session", new JWTClaimsSet.Builder(genuine).claim(AccessTokens.SESSION_CLAIM, null).build(),
                "another person's session", new JWTClaimsSet.Builder(genuine)
                        .claim(AccessTokens.SESSION_CLAIM, otherPerson.getStringClaim(AccessTokens.SESSION_CLAIM)).build(),
                "expired", new JWTClaimsSet.Builder(genuine).expirationTime(Date.from(Instant.now().minusSeconds(60))).build());
        for (Map.Entry<String, JWTClaimsSet> claims : refused.entrySet()) {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).build(), claims.getValue());
            token.sign(new MACSigner(key.secret()));
            assertEquals(401, me(token.serialize()), claims.getKey());
        }
        SignedJWT control = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).build(), genuine);
        control.sign(new MACSigner(key.secret()));
        assertEquals(200, me(control.serialize()), "the same claims unchanged pass");
    }

    @Test
    void aNewKeySignsForTheConfiguredTimeAndVerifiesAnAccessTokenLifetimeLonger() {
        database.update("UPDATE signing_key SET signs_until = now() WHERE signs_until > now()");
        ring.rotate();
        Duration signing = Duration.ofSeconds(database.one("""
                SELECT extract(epoch FROM signs_until - created_at)::bigint FROM signing_key ORDER BY created_at DESC LIMIT 1
                """, rows -> rows.getLong(1)).orElseThrow());
        Duration verifyingLonger = Duration.ofSeconds(database.one("""
                SELECT extract(epoch FROM verifies_until - signs_until)::bigint FROM signing_key ORDER BY created_at DESC LIMIT 1
                """, rows -> rows.getLong(1)).orElseThrow());

        assertEquals(Duration.ofDays(7).toMinutes(), signing.toMinutes(), "meedoen.signing-keys.rotate-every defaults to 7 days");
        assertEquals(Duration.ofMinutes(11), verifyingLonger, "ten minutes of token lifetime and one of clock difference");
    }

    private int me(String token) {
        return api.get("/api/v1/staff/me", "Authorization", "Bearer " + token).status();
    }

    private String signIn() {
        return signIn("editor@voorbeeldstad.example");
    }

    private String signIn(String email) {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", email, "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return response.as(Tokens.class).accessToken();
    }
}
