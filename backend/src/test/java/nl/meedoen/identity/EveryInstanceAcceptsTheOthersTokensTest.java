package nl.meedoen.identity;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two instances on one database: a token signed by one works on the other, also right after the other
 * rotated to a key the first never saw, and signing out on one ends the token on both.
 */
@MicronautTest(transactional = false)
class EveryInstanceAcceptsTheOthersTokensTest {

    private final Api first;
    private final Sql database;
    private final EmbeddedServer secondServer;
    private final Api second;

    EveryInstanceAcceptsTheOthersTokensTest(EmbeddedServer server, JsonMapper json, Sql database) {
        this.first = new Api(server, json);
        this.database = database;
        this.secondServer = ApplicationContext.run(EmbeddedServer.class);
        this.second = new Api(secondServer, json);
    }

    @AfterEach
    void stopSecondInstance() {
        secondServer.close();
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Test
    void tokensAndKeysAreSharedThroughTheDatabase() throws Exception {
        String fromFirst = signIn(first);
        assertEquals(200, me(second, fromFirst));

        // when the second instance rotates to a new key
        database.update("UPDATE signing_key SET signs_until = now() WHERE signs_until > now()");
        secondServer.getApplicationContext().getBean(SigningKeyRing.class).rotate();
        String fromSecond = signIn(second);

        // then the first instance, which never saw that key, reads it and accepts the token
        assertNotEquals(SignedJWT.parse(fromFirst).getHeader().getKeyID(), SignedJWT.parse(fromSecond).getHeader().getKeyID());
        assertEquals(200, me(first, fromSecond));
        assertEquals(200, me(second, fromFirst), "the older key still verifies on both");

        // and signing out on one instance ends the token on the other at once
        assertEquals(204, second.send("POST", "/api/v1/sign-out", null, "Authorization", "Bearer " + fromFirst).status());
        assertEquals(401, me(first, fromFirst));
        assertEquals(200, me(first, fromSecond));
    }

    private static int me(Api instance, String token) {
        return instance.get("/api/v1/staff/me", "Authorization", "Bearer " + token).status();
    }

    private static String signIn(Api instance) {
        Api.Response response = instance.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", DemoAccounts.PASSWORD));
        assertEquals(200, response.status(), response.body());
        return response.as(Tokens.class).accessToken();
    }
}
