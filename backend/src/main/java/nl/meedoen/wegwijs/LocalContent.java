package nl.meedoen.wegwijs;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * A municipality's own layer of wegwijs (welcome, local pages, places, opening hours). Texts are
 * read along the reader's fallback chain, like national content.
 */
@Singleton
final class LocalContent {

    private final Welcomes welcomes;
    private final LocalPages pages;
    private final Places places;
    private final OpeningHoursRows openingHours;

    LocalContent(Welcomes welcomes, LocalPages pages, Places places, OpeningHoursRows openingHours) {
        this.welcomes = welcomes;
        this.pages = pages;
        this.places = places;
        this.openingHours = openingHours;
    }

    Optional<StoredWelcome> welcome(String code, List<String> chain) {
        return welcomes.findBest(code, array(chain));
    }

    List<LocalPageText> pages(String code, List<String> chain) {
        return pages.findAllInBestLanguage(code, array(chain));
    }

    /** A municipality has a handful of pages, so one is picked from all of them rather than with a query of its own. */
    Optional<LocalPageText> page(String code, String slug, List<String> chain) {
        return pages(code, chain).stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    List<LocalPlace> places(String code, List<String> chain) {
        return places.findAllWithBestNote(code, array(chain));
    }

    List<OpeningHours> openingHours(String code) {
        return openingHours.findAllOfMunicipality(code).stream().map(StoredOpeningHours::view).toList();
    }

    private static String[] array(List<String> chain) {
        return chain.toArray(String[]::new);
    }
}
