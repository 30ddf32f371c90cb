package nl.meedoen.content;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

/** No page with this slug exists in the module, in any language. */
public final class PageNotFound extends ProblemException {

    PageNotFound(ContentModule module, String slug) {
        super(HttpStatus.NOT_FOUND, "Page not found",
                "There is no page '" + (slug.length() > 60 ? slug.substring(0, 60) + "…" : slug) + "' in " + module.folder() + ".");
    }
}
