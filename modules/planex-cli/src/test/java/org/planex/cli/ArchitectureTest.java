package org.planex.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: model <- spi <- (xml, core) <- (formats, validate) <- cli. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.planex");

    @Test
    void modelDependsOnNothingOfPlanex() {
        noClasses().that().resideInAPackage("org.planex.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.planex.spi..", "org.planex.xml..",
                        "org.planex.core..", "org.planex.cli..", "org.planex.format..", "org.planex.codes..")
                .check(CLASSES);
    }

    @Test
    void spiDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.planex.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.planex.xml..", "org.planex.core..",
                        "org.planex.cli..", "org.planex.format..", "org.planex.codes..")
                .check(CLASSES);
    }

    @Test
    void libraryCodeDoesNotDependOnTheCli() {
        noClasses().that().resideOutsideOfPackage("org.planex.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.planex.cli..").check(CLASSES);
    }

    @Test
    void formatPluginsDependOnTheSpiNotOnCoreOrEachOther() {
        noClasses().that().resideInAPackage("org.planex.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.planex.core..", "org.planex.xml..",
                        "org.planex.codes..", "org.planex.crs..")
                .allowEmptyShould(true).check(CLASSES);
        String[] formats = {"shapefile", "geojson", "geopackage"};
        for (String format : formats) {
            for (String other : formats) {
                if (!other.equals(format)) {
                    noClasses().that().resideInAPackage("org.planex.format." + format + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.planex.format." + other + "..")
                            .allowEmptyShould(true).check(CLASSES);
                }
            }
        }
    }
}
