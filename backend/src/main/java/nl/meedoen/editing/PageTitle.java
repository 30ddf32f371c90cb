package nl.meedoen.editing;

import io.micronaut.core.annotation.Introspected;

/** A national page's Dutch title, to name it in lists. */
@Introspected
record PageTitle(String module, String slug, String title) {
}
