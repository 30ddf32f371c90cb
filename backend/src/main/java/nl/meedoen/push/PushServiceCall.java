package nl.meedoen.push;

import com.interaso.webpush.WebPush;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Hands one notice to the push service of a subscription (RFC 8030): the payload encrypted for the
 * browser's keys ({@code aes128gcm}, RFC 8291) and a VAPID token signed with the server's key, both
 * made by {@code com.interaso:webpush}; the HTTP call is this class's own, with time-outs and without
 * redirects. Urgency is high: Meedoen sends few notices, and a reminder that an Android phone holds
 * back until it wakes up comes too late.
 */
@Singleton
class PushServiceCall {

    /** Push services keep an undelivered notice at most about four weeks. */
    private static final long LONGEST_TTL_SECONDS = Duration.ofDays(28).toSeconds();

    private final ServerKey serverKey;
    private final HttpClient client;

    PushServiceCall(ServerKey serverKey, @Named(PushHttpClient.NAME) HttpClient client) {
        this.serverKey = serverKey;
        this.client = client;
    }

    Delivery deliver(QueuedPush push) {
        try {
            WebPush webPush = serverKey.webPush();
            long ttl = Math.clamp(Duration.between(Instant.now(), push.validUntil()).toSeconds(), 0, LONGEST_TTL_SECONDS);
            byte[] body;
            try {
                body = webPush.getBody(push.payload().getBytes(StandardCharsets.UTF_8), push.p256dh(), push.auth());
            } catch (Exception e) {
                // Keys nothing can be encrypted for (not a point on the curve, say) will never receive a
                // notice; left in the queue, the notice would be claimed first again and hold up every other.
                return Delivery.unusableKeys(e);
            }
            Map<String, String> headers = webPush.getHeaders(push.endpoint(), (int) ttl, null, WebPush.Urgency.High);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(push.endpoint()))
                    .timeout(PushHttpClient.TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::setHeader);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return Delivery.of(response.statusCode(), retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (IOException | RuntimeException e) {
            return Delivery.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed(e);
        }
    }

    /** Retry-After in seconds; the HTTP-date form is rare with push services and is left to the back-off. */
    private static @Nullable Duration retryAfter(@Nullable String value) {
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value.strip()));
    }
}
