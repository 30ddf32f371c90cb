package nl.meedoen.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.Duration;

/**
 * The cookie that binds a provider sign-in to the browser that started it. Without it, a callback
 * address (with the provider's code and the state) works in any browser: someone could sign a
 * colleague's browser into their own account (login CSRF), or finish a sign-in with an address they
 * saw over someone's shoulder or in a log. The cookie holds a random value whose hash is stored with
 * the login; it is sent only to the provider's callback (its path), not readable by scripts, sent on
 * the provider's redirect back (SameSite=Lax lets a top-level GET carry it) and over HTTPS only when
 * Meedoen's public address is HTTPS.
 */
@Singleton
final class OidcBrowserCookie {

    static final String NAME = "meedoen-oidc-browser";
    /** As long as a login waits for the provider (see {@link OidcLogins#findRecent}). */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final PublicAddress publicAddress;
    private final boolean secure;

    OidcBrowserCookie(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.secure = publicAddress.base().startsWith("https:");
    }

    Cookie holding(String value, OidcProvider provider) {
        return cookie(value, provider).maxAge(LIFETIME);
    }

    /** Tells the browser to forget the cookie: a callback is only ever answered once. */
    Cookie cleared(OidcProvider provider) {
        return cookie("", provider).maxAge(0);
    }

    @Nullable String valueIn(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank()).orElse(null);
    }

    private Cookie cookie(String value, OidcProvider provider) {
        String path = URI.create(publicAddress.of(provider.callbackPath())).getRawPath();
        return Cookie.of(NAME, value).path(path).httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }
}
