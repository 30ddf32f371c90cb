package nl.meedoen.identity;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets controllers declare {@link SignedInStaff} or {@link SignedInNewcomer} as an argument: the
 * operation then only runs for such a caller, everyone else gets 401.
 */
@Factory
final class CallerBinders {

    @Singleton
    TypedRequestArgumentBinder<SignedInStaff> staff() {
        return binder(SignedInStaff.class, "Sign in as staff first: this needs a staff token.");
    }

    @Singleton
    TypedRequestArgumentBinder<SignedInNewcomer> newcomer() {
        return binder(SignedInNewcomer.class, "This needs the phone of a newcomer that used an invitation code.");
    }

    private static <T> TypedRequestArgumentBinder<T> binder(Class<T> type, String whenMissing) {
        return new TypedRequestArgumentBinder<>() {
            @Override
            public Argument<T> argumentType() {
                return Argument.of(type);
            }

            @Override
            public ArgumentBinder.BindingResult<T> bind(ArgumentConversionContext<T> context, HttpRequest<?> request) {
                Object caller = request.getAttribute(IdentityFilter.CALLER).orElse(null);
                if (type.isInstance(caller)) {
                    Optional<T> bound = Optional.of(type.cast(caller));
                    return () -> bound;
                }
                throw new SignInRequired(whenMissing);
            }
        };
    }
}
