package nl.meedoen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Each feature package is a room of its own: dependencies between features point one way only, so a
 * change in one never has to be followed around a circle of others.
 */
class PackageBoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meedoen");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.meedoen.(*)..").should().beFreeOfCycles().check(classes);
    }
}
