package nl.meedoen.locale;

import io.micronaut.http.HttpStatus;
import nl.meedoen.web.ProblemException;

import java.util.List;
import java.util.Map;

/** A request asked for a language that Meedoen does not ship, or for something that is no language code. */
public final class UnsupportedLocale extends ProblemException {

    private final List<String> supported;

    UnsupportedLocale(String requested, List<String> supported) {
        super(HttpStatus.BAD_REQUEST, "Unsupported language",
                "'" + shorten(requested) + "' is not a supported language. Use one of: " + String.join(", ", supported) + ".");
        this.supported = supported;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of(
                "supportedLocales", supported,
                "invalidParams", List.of(Map.of("name", "lang", "reason", "Must be one of: " + String.join(", ", supported))));
    }

    private static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
