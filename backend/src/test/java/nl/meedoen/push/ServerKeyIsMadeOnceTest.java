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
 * never does, and puts the key back afterwards, for the instances that read it before.)
 */
@MicronautTest(transactional = false)
class ServerKeyIsMadeOnceTest {

    private final Sql database;

    ServerKeyIsMadeOnceTest(Sql database) {
        this.database = database;
    }

    @Test
    void instancesStartingTogetherAgreeOnOneKey() {
        byte[][] kept = database.one("SELECT public_key, private_key FROM push_vapid_key",
                result -> new byte[][] {result.getBytes(1), result.getBytes(2)}).orElseThrow();
        database.update("DELETE FROM push_vapid_key");
        try {
            twoInstancesStartAtOnce();
        } finally {
            database.update("DELETE FROM push_vapid_key");
            database.update("INSERT INTO push_vapid_key (id, public_key, private_key) VALUES (1, ?, ?)", kept[0], kept[1]);
        }
    }

    private void twoInstancesStartAtOnce() {
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
