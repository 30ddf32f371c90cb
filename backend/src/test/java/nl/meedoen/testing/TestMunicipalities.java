package nl.meedoen.testing;

import nl.meedoen.municipality.MunicipalityDirectory;

import java.util.concurrent.ThreadLocalRandom;

/** A municipality of a test's own, so that tests sharing one database never see each other's data. */
public final class TestMunicipalities {

    private TestMunicipalities() {
    }

    /**
     * A new municipality with a free code in the series {@code GM<series>100}–{@code GM<series>999}; each
     * family of tests keeps to its own series. Returns its code.
     */
    public static String fresh(MunicipalityDirectory municipalities, int series, String town) {
        String code;
        do {
            code = "GM" + series + ThreadLocalRandom.current().nextInt(100, 1000);
        } while (municipalities.exists(code));
        return municipalities.save(code, town + " " + code).code();
    }
}
