package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * Recognises the opaque token of a newcomer's phone ({@link NewcomerSessions#PREFIX}) by looking it up
 * on the blocking pool. A token that is no longer live gives no authentication: a public route then
 * serves the phone as anonymous (it can redeem a new code), a secured one answers 401.
 */
@Singleton
final class NewcomerTokens implements TokenValidator<HttpRequest<?>> {

    private final NewcomerSessions sessions;
    private final Scheduler blocking;

    NewcomerTokens(NewcomerSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!token.startsWith(NewcomerSessions.PREFIX)) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> sessions.findLive(Secrets.sha256(token)).map(SignedInCallers::newcomer).orElse(null))
                .subscribeOn(blocking);
    }
}
