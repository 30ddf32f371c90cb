package nl.meedoen.push;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances that start at the same time on a database without a key each make one, and both end
 * up with the same: the one the database kept. (The test removes the key first, which Meedoen itself
 * never does: the instance the test runs in keeps the key it read before.)
 */
@MicronautTest(transactional = false)
class ServerKeyIsMadeOnceTest {

    private final Sql database;

    ServerKeyIsMadeOnceTest(Sql database) {
        this.database = database;
    }

    @Test
    void instancesStartingTogetherAgreeOnOneKey() {
        database.update("DELETE FROM push_vapid_key");

        CompletableFuture<ApplicationContext> first = CompletableFuture.supplyAsync(() -> ApplicationContext.run(new HashMap<>()));
        CompletableFuture<ApplicationContext> second = CompletableFuture.supplyAsync(() -> ApplicationContext.run(new HashMap<>()));

        try (ApplicationContext one = first.join(); ApplicationContext other = second.join()) {
            byte[] stored = database.one("SELECT public_key FROM push_vapid_key", result -> result.getBytes(1)).orElseThrow();
            assertEquals(1, database.one("SELECT count(*) FROM push_vapid_key", result -> result.getInt(1)).orElseThrow());
            assertArrayEquals(stored, one.getBean(ServerKey.class).publicKey());
            assertArrayEquals(stored, other.getBean(ServerKey.class).publicKey());
        }
    }
}
