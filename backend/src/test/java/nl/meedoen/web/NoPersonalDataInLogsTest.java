package nl.meedoen.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.CapturedLogs;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failing database write quotes the row it failed on, name, phone number and e-mail address
 * included. The log of a failed request keeps the SQLState and constraint, which is what an
 * engineer needs, and none of those values.
 */
@MicronautTest(transactional = false)
class NoPersonalDataInLogsTest {

    private static final String NAME = "Fatima Logtestpersoon";
    private static final String PHONE = "0687654321 bel niet";
    private static final String EMAIL = "fatima.logtest@example.org";

    private final Sql database;
    private final ErrorResponseProcessor<?> errors;

    NoPersonalDataInLogsTest(Sql database, ErrorResponseProcessor<?> errors) {
        this.database = database;
        this.errors = errors;
    }

    @Test
    void aRealConstraintViolationIsLoggedWithoutTheRow() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> database.update("""
                INSERT INTO newcomer (id, municipality_code, name, preferred_lang, target_group, regime, deadline, phone, email)
                VALUES (?, 'GM9999', ?, 'ar', 'permit-holder', 'voluntary', NULL, ?, ?)
                """, UUID.randomUUID(), NAME, PHONE, EMAIL));
        assertFalse(failure.getMessage().contains(PHONE), "the driver leaves PostgreSQL's detail out of messages");

        List<String> lines = logOfAFailedRequest(new DataAccessException("Error executing PERSIST: " + failure.getMessage(), failure));

        assertTrue(lines.stream().anyMatch(line -> line.contains("SQLState 23514") && line.contains("newcomer_phone_check")), String.join("\n", lines));
        assertNoPersonalData(lines);
    }

    @Test
    void aDriverMessageWithTheDetailIsLoggedWithoutIt() {
        ServerErrorMessage server = new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value violates unique constraint \"staff_email\"\0"
                + "DKey (lower(email))=(" + EMAIL + ") already exists. Failing row contains (" + NAME + ", " + PHONE + ").\0"
                + "tstaff\0nstaff_email\0\0");
        PSQLException driver = new PSQLException(server, true);
        assertTrue(driver.getMessage().contains(EMAIL), "this driver exception carries the detail");

        List<String> lines = logOfAFailedRequest(new IllegalStateException("Saving failed: " + driver.getMessage(), driver));

        assertTrue(lines.stream().anyMatch(line -> line.contains("SQLState 23505, constraint staff_email, table staff")), String.join("\n", lines));
        assertNoPersonalData(lines);
    }

    private List<String> logOfAFailedRequest(Throwable failure) {
        try (CapturedLogs logs = new CapturedLogs()) {
            var response = errors.processResponse(ErrorContext.builder(HttpRequest.POST("/api/v1/municipalities/GM9999/newcomers", ""))
                    .cause(failure).build(), HttpResponse.serverError());
            assertEquals(500, response.getStatus().getCode());
            return logs.lines();
        }
    }

    private static void assertNoPersonalData(List<String> lines) {
        assertFalse(lines.isEmpty(), "the failure is logged");
        for (String line : lines) {
            assertFalse(line.contains(NAME) || line.contains(PHONE) || line.contains(EMAIL), "personal data in the log: " + line);
        }
    }
}
