package nl.meedoen.identity;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Function;

/**
 * Lets controllers declare {@link SignedInStaff} or {@link SignedInNewcomer} as an argument, made from
 * the request's {@link Authentication}. The route's {@code @Secured} rule has already turned away
 * anyone else; should a route forget it, the binder still answers 401 rather than run for nobody.
 */
@Factory
final class CallerBinders {

    @Singleton
    TypedRequestArgumentBinder<SignedInStaff> staff() {
        return binder(SignedInStaff.class, SignedInStaff.ROLE, SignedInCallers::staff,
                "Sign in as staff first: this needs a staff token.");
    }

    @Singleton
    TypedRequestArgumentBinder<SignedInNewcomer> newcomer() {
        return binder(SignedInNewcomer.class, SignedInNewcomer.ROLE, SignedInCallers::newcomer,
                "This needs the phone of a newcomer that used an invitation code.");
    }

    private static <T> TypedRequestArgumentBinder<T> binder(Class<T> type, String role, Function<Authentication, T> caller,
                                                            String whenMissing) {
        return new TypedRequestArgumentBinder<>() {
            @Override
            public Argument<T> argumentType() {
                return Argument.of(type);
            }

            @Override
            public ArgumentBinder.BindingResult<T> bind(ArgumentConversionContext<T> context, HttpRequest<?> request) {
                Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
                if (authentication == null || !authentication.getRoles().contains(role)) {
                    throw new SignInRequired(whenMissing);
                }
                Optional<T> bound = Optional.of(caller.apply(authentication));
                return () -> bound;
            }
        };
    }
}
