package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;

/** examples/qingpu-310118-local: the same plan in two local formats converts back to the package. */
class LocalExamplesTest {

    static final Path LOCAL = ExampleTest.ROOT.resolve("examples/qingpu-310118-local");

    @Test
    void gbkShapefilesWithTheChineseDatabaseProfileConvertToThePackage(@TempDir Path dir) throws Exception {
        assertThat(Files.readString(LOCAL.resolve("shapefile-cn-plan-db/YDYH.cpg")).strip()).isEqualTo("GBK");
        Path pkg = dir.resolve("from-shp.planex.zip");
        CliRun run = CliRun.of("convert", LOCAL.resolve("shapefile-cn-plan-db").toString(), "-o", pkg.toString(),
                "--profile", "cn-plan-db");
        assertThat(run.exitCode()).as(run.err()).isZero();
        sameFeatures(pkg);
        assertThat(ProfileRoundTripTest.header(pkg)).as("the header comes back whole from plan.planex-header")
                .isEqualTo(ProfileRoundTripTest.header(ExampleTest.EXAMPLE).withAttachments(java.util.List.of()));
    }

    @Test
    void withoutTheHeaderSidecarTheJurisdictionAndBoundaryComeFromTheXzqLayer(@TempDir Path dir) throws Exception {
        Path shp = dir.resolve("shp");
        try (var files = Files.list(LOCAL.resolve("shapefile-cn-plan-db"))) {
            Files.createDirectory(shp);
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".planex-header")).toList()) {
                Files.copy(f, shp.resolve(f.getFileName().toString()));
            }
        }
        Path pkg = dir.resolve("from-layers.planex.zip");
        CliRun run = CliRun.of("convert", shp.toString(), "-o", pkg.toString(), "--profile", "cn-plan-db");
        assertThat(run.exitCode()).as(run.err()).isZero();
        sameFeatures(pkg);
        PlanHeader h = ProfileRoundTripTest.header(pkg);
        assertThat(h.jurisdiction().code()).isEqualTo("310118");
        assertThat(h.jurisdiction().name()).isEqualTo("青浦区");
        assertThat(h.crs().epsg()).isEqualTo(4490);
        assertThat(h.boundary().norm().getCoordinates()).as("same boundary; shapefiles orient rings and do not tell "
                + "a polygon from a multipolygon of one part")
                .isEqualTo(ProfileRoundTripTest.header(ExampleTest.EXAMPLE).boundary().norm().getCoordinates());
    }

    @Test
    void vendorGeoPackageWithAProfileFileConvertsToThePackageHeaderIncluded(@TempDir Path dir) throws Exception {
        Path pkg = dir.resolve("from-gpkg.planex.zip");
        CliRun run = CliRun.of("convert", LOCAL.resolve("qingpu-vendor.gpkg").toString(), "-o", pkg.toString(),
                "--profile", LOCAL.resolve("vendor-gpkg.profile.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("attachment(s) listed in the stored header are left out");
        sameFeatures(pkg);
        assertThat(ProfileRoundTripTest.header(pkg))
                .isEqualTo(ProfileRoundTripTest.header(ExampleTest.EXAMPLE).withAttachments(java.util.List.of()));
    }

    private static void sameFeatures(Path pkg) throws Exception {
        Map<String, PlanFeature> expected = ProfileRoundTripTest.features(ExampleTest.EXAMPLE);
        Map<String, PlanFeature> actual = ProfileRoundTripTest.features(pkg);
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String id : expected.keySet()) {
            assertThat(actual.get(id)).as(id).isEqualTo(expected.get(id));
        }
    }
}
