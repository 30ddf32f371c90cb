package nl.meedoen.wegwijs;

import com.ibm.icu.text.Collator;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finding municipalities: by name for newcomers, by CBS code for everything else. */
@Singleton
public final class MunicipalityDirectory {

    private static final String CODE = "GM[0-9]{4}";

    private final Municipalities municipalities;

    MunicipalityDirectory(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Names containing the search, in the reader's alphabetical order (ICU collation: "Ç" sorts differently in Turkish). */
    public List<Municipality> search(String search, SupportedLocale reader) {
        if (search.length() > 100) {
            throw new InvalidMunicipalitySearch();
        }
        Collator collator = Collator.getInstance(reader.icu());
        return municipalities.matching(SearchKey.of(search)).stream()
                .sorted(Comparator.comparing(Municipality::name, collator))
                .toList();
    }

    /** The municipality with this code; a malformed code is a 400, an unknown one a 404. */
    public Municipality require(String code) {
        String normalised = code.toUpperCase(Locale.ROOT);
        if (!normalised.matches(CODE)) {
            throw new InvalidMunicipalityCode(code);
        }
        return municipalities.find(normalised).orElseThrow(() -> new MunicipalityNotFound(normalised));
    }

    /** Adds a municipality, or renames a known one; other details stay as they are. */
    public Municipality save(String code, String name) {
        String normalised = code.toUpperCase(Locale.ROOT);
        if (!isCode(normalised)) {
            throw new InvalidMunicipalityCode(code);
        }
        municipalities.save(new Municipality(normalised, SearchKey.of(name).replace(' ', '-'), name.strip(), false, null, null, null, null));
        return municipalities.find(normalised).orElseThrow();
    }

    static boolean isCode(String code) {
        return code.matches(CODE);
    }
}
