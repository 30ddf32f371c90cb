package nl.meedoen.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A push service on loopback for tests, over HTTPS with a certificate made for the test run (the
 * JDK's keytool), at {@code https://localhost:<port>/push/<id>}. It keeps every request it receives
 * and answers each endpoint with the statuses it was told, then 201.
 */
final class FakePushService implements AutoCloseable {

    /** One request as it arrived: path, headers (lower-case names) and the encrypted body. */
    record Received(String path, Map<String, String> headers, byte[] body) {
    }

    private static final String PASSWORD = "push-test";
    private static volatile KeyStore keyStore;

    private final HttpsServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

    FakePushService() {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SSLContext tls = SSLContext.getInstance("TLS");
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD.toCharArray());
            tls.init(keys.getKeyManagers(), null, null);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/push/", this::receive);
        server.start();
    }

    /** A new endpoint of this service, as a browser would get one when subscribing. */
    String newEndpoint() {
        return origin() + "/push/" + UUID.randomUUID();
    }

    String origin() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    /** The next requests to the endpoint get these statuses, in this order; after them, 201. */
    void answer(String endpoint, Integer... statuses) {
        scripted.computeIfAbsent(path(endpoint), path -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    List<Received> receivedAt(String endpoint) {
        return received.stream().filter(request -> request.path().equals(path(endpoint))).toList();
    }

    /** Waits until the endpoint received this many requests, and returns them. */
    List<Received> awaitAt(String endpoint, int count) {
        await(() -> receivedAt(endpoint).size() >= count, count + " requests at the push service");
        return receivedAt(endpoint);
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited in vain for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Trusts the certificate of the fake service, and nothing else: for the service's push client in tests. */
    static SSLContext clientTrust() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("push", keyStore().getCertificate("push"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, headers, body));
        Deque<Integer> statuses = scripted.get(path);
        Integer next = statuses == null ? null : statuses.poll();
        exchange.sendResponseHeaders(next == null ? 201 : next, -1);
        exchange.close();
    }

    private static String path(String endpoint) {
        return java.net.URI.create(endpoint).getPath();
    }

    /** One key pair and self-signed certificate for localhost per test run, made with the JDK's keytool. */
    private static synchronized KeyStore keyStore() throws IOException, GeneralSecurityException {
        if (keyStore == null) {
            Path directory = Files.createTempDirectory("push-tls");
            Path file = directory.resolve("push.p12");
            Process keytool;
            try {
                keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "push", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                        "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                        "-storepass", PASSWORD, "-keypass", PASSWORD)
                        .redirectErrorStream(true).start();
                String output = new String(keytool.getInputStream().readAllBytes());
                if (keytool.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            KeyStore loaded = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                loaded.load(in, PASSWORD.toCharArray());
            }
            Files.delete(file);
            Files.delete(directory);
            keyStore = loaded;
        }
        return keyStore;
    }
}
