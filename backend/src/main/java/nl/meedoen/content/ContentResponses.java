package nl.meedoen.content;

import io.micronaut.http.HttpResponse;

/** The caching headers every content read shares. */
public final class ContentResponses {

    private ContentResponses() {
    }

    /**
     * Content changes rarely: caches may keep it five minutes and then revalidate with the ETag.
     * It varies with Accept-Language when no {@code lang} parameter is given.
     */
    public static <T> HttpResponse<T> cacheable(T body, String contentLanguage) {
        return HttpResponse.ok(body)
                .header("Cache-Control", "public, max-age=300")
                .header("Content-Language", contentLanguage)
                .header("Vary", "Accept-Language");
    }
}
