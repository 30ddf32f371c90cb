package nl.meedoen.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A role reads the same in the API, in the database and in the README: its lower-case code. */
@MicronautTest(transactional = false)
class RolesAreSpelledOneWayTest {

    @Serdeable
    record Grant(String role, @Nullable String municipality) {
    }

    @Serdeable
    record Profile(List<Grant> roles) {
    }

    private final Api api;
    private final StaffTestData data;
    private final Sql database;

    RolesAreSpelledOneWayTest(EmbeddedServer server, JsonMapper json, MunicipalityDirectory municipalities, StaffAccounts accounts,
                              Passwords passwords, Sql database) {
        this.api = new Api(server, json);
        this.data = new StaffTestData(api, municipalities, accounts, passwords);
        this.database = database;
    }

    @Test
    void theApiSpeaksAndAcceptsOnlyTheCodesTheDatabaseStores() {
        String municipality = data.municipality();
        String email = StaffTestData.email("coordinator");
        data.person(email, Role.COORDINATOR, municipality);
        String token = data.signIn(email);

        Profile me = api.get("/api/v1/staff/me", "Authorization", token).as(Profile.class);
        Api.Response shouted = api.send("POST", "/api/v1/municipalities/" + municipality + "/staff",
                Map.of("email", StaffTestData.email("trainer"), "name", "Karin de Vries", "roles", List.of("TRAINER")), "Authorization", token);

        assertEquals(List.of(new Grant("coordinator", municipality)), me.roles());
        assertEquals(400, shouted.status(), shouted.body());
        assertEquals(List.of("coordinator"), database.list("SELECT role FROM staff_role r JOIN staff s ON s.id = r.staff_id WHERE s.email = ?",
                row -> row.getString("role"), email));
    }
}
