package nl.meedoen.municipality;

import com.ibm.icu.text.Collator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Finding municipalities: by name for newcomers, by CBS code for everything else. */
@Singleton
public class MunicipalityDirectory {

    private static final Pattern CODE = Pattern.compile("GM[0-9]{4}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
        return municipalities.findBySearchKeyContainsOrderByName(SearchKey.of(search)).stream()
                .map(StoredMunicipality::view)
                .sorted(Comparator.comparing(Municipality::name, collator))
                .toList();
    }

    /** The municipality with this code; a malformed code is a 400, an unknown one a 404. */
    public Municipality require(String code) {
        String normalised = normalise(code);
        return municipalities.findById(normalised).map(StoredMunicipality::view)
                .orElseThrow(() -> new MunicipalityNotFound(normalised));
    }

    public boolean exists(String code) {
        return municipalities.existsById(code);
    }

    /** Adds a municipality, or renames a known one; other details stay as they are. */
    @Transactional
    public Municipality save(String code, String name) {
        String normalised = normalise(code);
        String slug = SearchKey.of(name).replace(' ', '-');
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidMunicipalityName();
        }
        municipalities.saveOrRename(normalised, slug, name.strip(), SearchKey.of(name), false, null, null, null, null);
        return require(normalised);
    }

    /** Adds or renames all of them, or none when one fails. */
    @Transactional
    public void saveAll(List<Map.Entry<String, String>> codesAndNames) {
        codesAndNames.forEach(entry -> save(entry.getKey(), entry.getValue()));
    }

    /** Adds a municipality with all its details unless its code is known already. */
    @Transactional
    public void saveIfAbsent(Municipality municipality) {
        if (!exists(municipality.code())) {
            municipalities.saveOrRename(municipality.code(), municipality.slug(), municipality.name(),
                    SearchKey.of(municipality.name()), municipality.demo(), municipality.phone(), municipality.email(),
                    municipality.website(), municipality.address());
        }
    }

    static boolean isCode(String code) {
        return CODE.matcher(code).matches();
    }

    private static String normalise(String code) {
        String normalised = code.toUpperCase(Locale.ROOT);
        if (!isCode(normalised)) {
            throw new InvalidMunicipalityCode(code);
        }
        return normalised;
    }
}
