package nl.meedoen.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind a trusted proxy (here the test itself, on the loopback address) sign-in throttling slows down
 * the client the proxy names, not the proxy: one guessing client does not lock out everyone behind it.
 */
@MicronautTest(transactional = false)
@Property(name = "meedoen.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class ClientAddressBehindATrustedProxyTest {

    private final Api api;

    ClientAddressBehindATrustedProxyTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void guessingFromOneClientBehindTheProxySlowsDownThatClientOnly() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, signIn("203.0.113.7", "wrong " + attempt));
        }

        assertEquals(429, signIn("203.0.113.7", "wrong again"));
        assertEquals(401, signIn("203.0.113.8", "wrong again"), "another client behind the same proxy is not slowed down");
    }

    private int signIn(String client, String password) {
        return api.send("POST", "/api/v1/sign-in", Map.of("email", "behind-proxy@voorbeeldstad.example", "password", password),
                "X-Forwarded-For", client).status();
    }
}
