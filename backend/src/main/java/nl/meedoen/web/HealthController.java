package nl.meedoen.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import nl.meedoen.database.Database;

/** For load balancers and monitoring: up only while the database answers. */
@Controller("/health")
@Hidden
final class HealthController {

    private final Database database;

    HealthController(Database database) {
        this.database = database;
    }

    @Serdeable
    record Health(String status, String database) {
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Health> health() {
        try {
            database.one("SELECT 1", row -> row.getInt(1));
            return HttpResponse.ok(new Health("UP", "UP"));
        } catch (RuntimeException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN", "DOWN"));
        }
    }
}
