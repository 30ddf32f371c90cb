package nl.meedoen.municipality;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fictional municipality Voorbeeldstad ({@code demo/voorbeeldstad.yaml}), for trying Meedoen out:
 * with the embedded database always, with an external one only when {@code MEEDOEN_DEMO_DATA=true}.
 * Other features add their demo data to it (wegwijs pages, demo accounts); each writes its part once.
 */
@Singleton
@Requires(property = "meedoen.demo-data", value = "true")
public class DemoMunicipality {

    public static final String CODE = "GM9999";
    private static final String FILE = "demo/voorbeeldstad.yaml";

    private final MunicipalityDirectory directory;

    DemoMunicipality(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    /** Adds the demo municipality unless it is there already, and returns the whole demo file. */
    public Map<String, Object> ensure() {
        Map<String, Object> demo = read();
        directory.saveIfAbsent(new Municipality(CODE, (String) demo.get("slug"), (String) demo.get("name"), true,
                (String) demo.get("phone"), (String) demo.get("email"), (String) demo.get("website"), (String) demo.get("address")));
        return demo;
    }

    private static Map<String, Object> read() {
        try (InputStream in = DemoMunicipality.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            Map<String, Object> demo = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!CODE.equals(demo.get("code"))) {
                throw new IllegalStateException(FILE + " must describe " + CODE);
            }
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
