package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.format.geopackage.GeoPackageFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;

/** {@code --output-profile} maps one database layout to another in one command, losing nothing. */
class OutputProfileTest {

    @Test
    void mapsTheChineseDatabaseLayoutToTheGenericOne(@TempDir Path dir) throws Exception {
        Path cn = dir.resolve("qp-shp");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", cn.toString(), "-f", "shapefile",
                "--profile", "cn-plan-db").exitCode()).isZero();
        Path generic = dir.resolve("generic.gpkg");
        CliRun mapped = CliRun.of("convert", cn.toString(), "-o", generic.toString(), "--profile", "cn-plan-db",
                "--output-profile", "generic");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(generic))) {
            assertThat(r.layers().stream().map(LayerSchema::name)).as("the generic profile's layer names")
                    .contains("zones", "control_areas", "facilities", "corridors").doesNotContain("YDYH");
        }
        Path back = dir.resolve("back.planex.zip");
        CliRun in = CliRun.of("convert", generic.toString(), "-o", back.toString(), "--profile", "generic");
        assertThat(in.exitCode()).as(in.err()).isZero();
        Map<String, PlanFeature> before = ProfileRoundTripTest.features(ExampleTest.EXAMPLE);
        Map<String, PlanFeature> after = ProfileRoundTripTest.features(back);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (String id : before.keySet()) {
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
    }

    @Test
    void isRefusedForAPlanOutputAndWhenTheProfileCannotHoldTheData(@TempDir Path dir) {
        CliRun plan = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", dir.resolve("p.planex.zip").toString(),
                "--output-profile", "generic");
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.err()).contains("--output-profile applies to layered outputs");
        CliRun hk = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", dir.resolve("hk.gpkg").toString(),
                "--output-profile", "hk-ozp");
        assertThat(hk.exitCode()).isEqualTo(3);
        assertThat(hk.err()).contains("profile hk-ozp has no layer for controlArea");
        assertThat(dir.toFile().list()).as("nothing written, no spool left").isEqualTo(List.of().toArray());
    }
}
