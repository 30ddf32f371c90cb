package nl.meedoen.web;

/**
 * Someone who proved who they are: a controller argument of a type that implements this is only
 * bound for a signed-in caller, and the OpenAPI document marks the operation as needing a token.
 */
public interface Caller {
}
