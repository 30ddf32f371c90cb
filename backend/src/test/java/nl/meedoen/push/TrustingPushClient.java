package nl.meedoen.push;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.net.http.HttpClient;

/**
 * In tests that set {@code meedoen.test.fake-push-service}, the service's push client trusts the
 * certificate of {@link FakePushService}, made for the test run; everything else about it is as in
 * production.
 */
@Factory
@Requires(property = TrustingPushClient.PROPERTY, value = "true")
class TrustingPushClient {

    static final String PROPERTY = "meedoen.test.fake-push-service";

    @Singleton
    @Named(PushHttpClient.NAME)
    @Replaces(value = HttpClient.class, named = PushHttpClient.NAME)
    HttpClient trustingFakePushService() {
        return HttpClient.newBuilder()
                .connectTimeout(PushHttpClient.TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(FakePushService.clientTrust())
                .build();
    }
}
