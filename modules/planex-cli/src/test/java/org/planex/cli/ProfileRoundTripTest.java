package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;

/** plan package -> local format with a profile -> plan package keeps the header and every feature, value and type. */
class ProfileRoundTripTest {

    @ParameterizedTest
    @CsvSource({"shapefile,qp-shp,cn-plan-db", "shapefile,qp.zip,generic", "geojson,qp-geojson,generic",
        "geopackage,qp.gpkg,cn-plan-db", "geopackage,qp2.gpkg,generic"})
    void theExampleSurvivesALocalFormat(String format, String name, String profile, @TempDir Path dir) throws IOException {
        Path local = dir.resolve(name);
        CliRun out = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", local.toString(), "-f", format,
                "--profile", profile);
        assertThat(out.exitCode()).as(out.err()).isZero();
        Path back = dir.resolve("back.planex.zip");
        CliRun in = CliRun.of("convert", local.toString(), "-o", back.toString(), "--profile", profile,
                "--jurisdiction", "310118", "--jurisdiction-name", "青浦区");
        assertThat(in.exitCode()).as(in.err()).isZero();
        Map<String, PlanFeature> before = features(ExampleTest.EXAMPLE);
        Map<String, PlanFeature> after = features(back);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (String id : before.keySet()) {
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
        assertThat(header(back)).as("the header, kept by the format (attachment files travel only in packages)")
                .isEqualTo(header(ExampleTest.EXAMPLE).withAttachments(java.util.List.of()));
    }

    static Map<String, PlanFeature> features(Path pkg) throws IOException {
        Map<String, PlanFeature> out = new LinkedHashMap<>();
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                out.put(f.id(), f);
            }
        }
        return out;
    }

    static PlanHeader header(Path pkg) throws IOException {
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
            return r.header();
        }
    }
}
