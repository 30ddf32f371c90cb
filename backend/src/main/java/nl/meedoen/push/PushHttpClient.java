package nl.meedoen.push;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client that calls push services. It never follows a redirect (the endpoint was checked, a
 * redirect's target was not), and gives up connecting after a few seconds, so that a push service that
 * does not answer never holds an outbox row, and its lock, for long.
 */
@Factory
class PushHttpClient {

    static final String NAME = "push-service";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    @Named(NAME)
    HttpClient pushServiceClient() {
        return HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
