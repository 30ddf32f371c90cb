package nl.meedoen.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Plain HTTP against the running test server, as a browser or another system would call it. */
public final class Api {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public Api(EmbeddedServer server, JsonMapper json) {
        this.base = server.getURI();
        this.json = json;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes, JsonMapper json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The body read as the record a client of the API would declare. */
        public <T> T as(Class<T> type) {
            return read(Argument.of(type));
        }

        public <T> List<T> asListOf(Class<T> type) {
            return read(Argument.listOf(type));
        }

        private <T> T read(Argument<T> type) {
            try {
                return json.readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body(), e);
            }
        }
    }

    /** GET with optional headers given as name, value, name, value… */
    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Any method with a JSON body written by hand, for what a serialiser would never write (lone surrogates, say). */
    public Response sendJson(String method, String path, String json, String... headers) {
        String[] withType = java.util.Arrays.copyOf(headers, headers.length + 2);
        withType[headers.length] = "Content-Type";
        withType[headers.length + 1] = "application/json";
        return exchange(HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8)), withType);
    }

    /** Any method with a body of bytes as they are, such as a file, of the given content type. */
    public Response sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType), headers);
    }

    /** Any method; a body object is sent as JSON. */
    public Response send(String method, String path, Object body, String... headers) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, headers);
    }

    private Response exchange(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
