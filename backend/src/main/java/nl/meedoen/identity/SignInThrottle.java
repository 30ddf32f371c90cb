package nl.meedoen.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without handing anyone a way to lock someone else out. Failures are
 * counted per (e-mail address, client address) and per client address within a sliding window; once
 * either reaches its limit, that client waits until enough failures have left the window. A person
 * signing in from their own address never waits for failures that came from another one.
 */
@Singleton
class SignInThrottle {

    private final SignInFailures failures;
    private final Duration window;
    private final int perAccount;
    private final int perClient;

    SignInThrottle(SignInFailures failures,
                   @Value("${meedoen.sign-in.window-minutes:15}") int windowMinutes,
                   @Value("${meedoen.sign-in.failures-per-account:5}") int perAccount,
                   @Value("${meedoen.sign-in.failures-per-client:100}") int perClient) {
        this.failures = failures;
        this.window = Duration.ofMinutes(windowMinutes);
        this.perAccount = perAccount;
        this.perClient = perClient;
    }

    /** Throws {@link SignInThrottled} while this client has failed too often, for this e-mail address or for all of them. */
    @Transactional
    void requireAllowed(String email, String client) {
        Instant now = Instant.now();
        Instant since = now.minus(window);
        String clientKey = clientKey(client);
        Optional<Instant> blocking = failures.limitReachedForPair(emailKey(email), clientKey, since, perAccount)
                .or(() -> failures.limitReachedForClient(clientKey, since, perClient));
        if (blocking.isPresent()) {
            Duration wait = Duration.between(now, blocking.get().plus(window));
            throw new SignInThrottled(Math.max(1, wait.toSeconds() + 1));
        }
    }

    @Transactional
    void failed(String email, String client) {
        failures.save(SignInFailure.of(emailKey(email), clientKey(client)));
    }

    @Transactional
    void succeeded(String email, String client) {
        failures.deleteByEmailHashAndClient(emailKey(email), clientKey(client));
    }

    /** The same address in any letter case is one account, as the unique index on staff e-mail says. */
    static String emailKey(String email) {
        return Secrets.sha256("sign-in:" + email.strip().toLowerCase(Locale.ROOT));
    }

    static String clientKey(String client) {
        return Secrets.sha256(client);
    }
}
