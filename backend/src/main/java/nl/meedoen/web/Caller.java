package nl.meedoen.web;

import java.security.Principal;
import java.util.UUID;

/**
 * Someone who proved who they are: a controller argument of a type that implements this is only
 * bound for a signed-in caller. Being a {@link Principal}, such an argument is left out of the
 * OpenAPI document's parameters and request bodies, like any other principal the framework binds.
 */
public interface Caller extends Principal {

    UUID id();

    /** The id, never the person's name: principals end up in logs. */
    @Override
    default String getName() {
        return id().toString();
    }
}
