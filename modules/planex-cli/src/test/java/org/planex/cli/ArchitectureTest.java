package org.planex.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: model <- spi <- rule API <- (xml, core, codes, crs) <- (formats, validate) <- cli;
 * plugins (formats, rules) see only the contracts. The example plugins are off the test class path, so their
 * classes are imported from the jars the build copies into {@code target/plugins}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.planex");
    private static final JavaClasses PLUGINS = importPlugins();

    private static JavaClasses importPlugins() {
        List<JarFile> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(PluginDiscoveryTest.PLUGINS)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(new JarFile(jar.toFile()));
            }
            JavaClasses imported = new ClassFileImporter().importJars(jars.toArray(new JarFile[0]));
            for (JarFile jar : jars) {
                jar.close();
            }
            return imported;
        } catch (IOException e) {
            throw new IllegalStateException("the build copies the example plugins into " + PluginDiscoveryTest.PLUGINS,
                    e);
        }
    }

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
                .should().dependOnClassesThat().resideInAnyPackage("org.planex.core..", "org.planex.codes..",
                        "org.planex.crs..")
                .allowEmptyShould(true).check(CLASSES);
        // INSPIRE PLU and XPlanGML are GML encodings like plan.xml: they reuse the GML codec and secure factories
        // of planex-xml
        noClasses().that().resideInAPackage("org.planex.format..")
                .and().resideOutsideOfPackage("org.planex.format.inspire..")
                .and().resideOutsideOfPackage("org.planex.format.xplan..")
                .should().dependOnClassesThat().resideInAPackage("org.planex.xml..")
                .allowEmptyShould(true).check(CLASSES);
        String[] formats = {"shapefile", "geojson", "geopackage", "inspire", "xplan", "vct"};
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

    @Test
    void theRuleApiAndRulePluginsSeeOnlyTheContractsAndJts() {
        String[] allowed = {"org.planex.rule..", "org.planex.model..", "org.planex.spi..", "org.locationtech.jts..",
            "java.."};
        classes().that().resideInAPackage("org.planex.rule..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed).check(CLASSES);
        assertThat(PLUGINS.stream().filter(c -> c.getPackageName().startsWith("org.planex.example.rule")))
                .as("the example rule plugin is imported").isNotEmpty();
        String[] ownOrAllowed = Stream.concat(Stream.of("org.planex.example.rule.."), Stream.of(allowed))
                .toArray(String[]::new);
        classes().that().resideInAPackage("org.planex.example.rule..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ownOrAllowed).check(PLUGINS);
    }

    @Test
    void formatPluginsDoNotDependOnTheEngineNorOnCodesOrCrs() {
        String[] engine = {"org.planex.validate..", "org.planex.crs..", "org.planex.codes.."};
        noClasses().that().resideInAPackage("org.planex.format..")
                .should().dependOnClassesThat().resideInAnyPackage(engine).check(CLASSES);
        assertThat(PLUGINS.stream().filter(c -> c.getPackageName().startsWith("org.planex.example.csv")))
                .as("the example format plugin is imported").isNotEmpty();
        noClasses().that().resideInAPackage("org.planex.example..")
                .should().dependOnClassesThat().resideInAnyPackage(engine).check(PLUGINS);
    }

    @Test
    void codesAndCrsDoNotDependOnTheEngine() {
        noClasses().that().resideInAnyPackage("org.planex.codes..", "org.planex.crs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.planex.validate..", "org.planex.core..")
                .check(CLASSES);
    }
}
