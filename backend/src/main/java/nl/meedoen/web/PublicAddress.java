package nl.meedoen.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The address people use to reach Meedoen ({@code MEEDOEN_PUBLIC_URL}), for links that leave the
 * service: on invitation letters, in password links, as redirect address for sign-in providers.
 */
@Singleton
public final class PublicAddress {

    private final String base;

    PublicAddress(@Value("${meedoen.public-url:`http://localhost:8080`}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    public String base() {
        return base;
    }

    /** The public URL of a path such as {@code /#/invite/…}. */
    public String of(String path) {
        return base + path;
    }
}
