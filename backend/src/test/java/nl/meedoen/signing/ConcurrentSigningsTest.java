package nl.meedoen.signing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fifty witnesses confirming at the same moment in one municipality still make one unbroken chain. */
@MicronautTest(transactional = false)
class ConcurrentSigningsTest {

    private final SigningTestData data;
    private final Sql sql;

    ConcurrentSigningsTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.data = new SigningTestData(new Api(server, json), sql, municipalities);
        this.sql = sql;
    }

    @Test
    void fiftyConcurrentSigningsGiveOneValidChain() throws Exception {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        List<UUID> ceremonies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID newcomer = data.newcomer(municipality, "Persoon " + i, "ar", "permit-holder");
            UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", newcomer)).id();
            assertEquals(200, data.submit(municipality, coordinator, ceremony, "key-" + i,
                    Map.of("readAndUnderstood", true, "typedName", "Persoon " + i)).status());
            ceremonies.add(ceremony);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(50)) {
            for (UUID ceremony : ceremonies) {
                statuses.add(threads.submit(() -> {
                    start.await();
                    return data.witness(municipality, coordinator, ceremony).status();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        }

        Answers.Chain chain = data.chain(municipality, coordinator);
        assertTrue(chain.valid(), chain.toString());
        assertEquals(50, chain.rows());
        Set<Long> positions = new TreeSet<>(sql.list("SELECT position FROM signature WHERE municipality_code = ?",
                row -> row.getLong(1), municipality));
        assertEquals(50, positions.size());
        assertEquals(50L, ((TreeSet<Long>) positions).last());
    }
}
