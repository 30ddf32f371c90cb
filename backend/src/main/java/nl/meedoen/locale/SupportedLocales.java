package nl.meedoen.locale;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages Meedoen ships, and which one a request gets. */
@Singleton
public final class SupportedLocales {

    public static final String SOURCE = "nl";

    private final Map<String, SupportedLocale> byCode = new LinkedHashMap<>();
    private final LocaleMatcher matcher;

    SupportedLocales() {
        add("nl");
        add("en");
        add("ar");
        add("ti");
        add("fa", "prs");
        add("prs", "fa");
        add("ps");
        add("so");
        add("ckb");
        add("tr");
        add("pl");
        add("ro");
        add("bg");
        add("uk");
        add("ru");
        add("fr");
        add("es");
        matcher = LocaleMatcher.builder()
                .setSupportedULocales(all().stream().map(SupportedLocale::icu).toList())
                .setDefaultULocale(SupportedLocale.DUTCH)
                .build();
    }

    private void add(String code, String... related) {
        List<String> fallbacks = new ArrayList<>(List.of(related));
        if (!code.equals(SOURCE)) {
            fallbacks.add(SOURCE);
        }
        byCode.put(code, new SupportedLocale(code, ULocale.createCanonical(code), List.copyOf(fallbacks)));
    }

    public List<SupportedLocale> all() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    public SupportedLocale source() {
        return byCode.get(SOURCE);
    }

    public Optional<SupportedLocale> find(String code) {
        return Optional.ofNullable(byCode.get(code.toLowerCase(Locale.ROOT)));
    }

    /** A locale named explicitly, for example in a {@code lang} parameter: it must be one we ship. */
    public SupportedLocale require(String code) {
        return find(code).orElseThrow(() -> new UnsupportedLocale(code, codes()));
    }

    /**
     * The explicit {@code lang} parameter wins; otherwise the best match for the browser's
     * {@code Accept-Language} by CLDR's language distance ({@code ar-SY} gets Arabic, {@code fa-AF}
     * gets Dari); otherwise Dutch.
     */
    public SupportedLocale negotiate(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null) {
            return require(lang);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return source();
        }
        List<ULocale> desired = new ArrayList<>();
        try {
            // Canonical forms, so that a browser asking for "prs" is understood as Persian of Afghanistan.
            LocalePriorityList.add(acceptLanguage).build().forEach(locale -> desired.add(ULocale.createCanonical(locale)));
        } catch (IllegalArgumentException unreadableHeader) {
            return source();
        }
        int index = matcher.getBestMatchResult(desired).getSupportedIndex();
        return index < 0 ? source() : all().get(index);
    }
}
