package nl.meedoen.web;

import io.micronaut.http.HttpResponse;

/** The caching headers every read of published content shares. */
public final class Cacheable {

    private Cacheable() {
    }

    /**
     * Content changes rarely: caches may keep it five minutes and then revalidate with the ETag.
     * It varies with Accept-Language when no {@code lang} parameter is given.
     */
    public static <T> HttpResponse<T> response(T body, String contentLanguage) {
        return HttpResponse.ok(body)
                .header("Cache-Control", "public, max-age=300")
                .header("Content-Language", contentLanguage)
                .header("Vary", "Accept-Language");
    }
}
