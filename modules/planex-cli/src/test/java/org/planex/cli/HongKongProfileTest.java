package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;

class HongKongProfileTest {

    @Test
    void ozpZonesKeepTheirSubZoneCodesInTheHk1980Grid(@TempDir Path dir) throws Exception {
        Path geojson = Files.writeString(dir.resolve("ozp.geojson"), """
                {"type":"FeatureCollection","name":"OZP_ZONE","features":[
                 {"type":"Feature","properties":{"OBJECTID":1,"ZONE_MAS":"R(A)4","ZONE_NAME":"Residential (Group A) 4"},
                  "geometry":{"type":"Polygon","coordinates":[[[833000,823000],[833100,823000],[833100,823100],[833000,823000]]]}},
                 {"type":"Feature","properties":{"OBJECTID":2,"ZONE_MAS":"G/IC","ZONE_NAME":"Government, Institution or Community"},
                  "geometry":{"type":"Polygon","coordinates":[[[833100,823000],[833200,823000],[833200,823100],[833100,823000]]]}}]}
                """, StandardCharsets.UTF_8);
        Path pkg = dir.resolve("hk.planex.zip");
        CliRun run = CliRun.of("convert", geojson.toString(), "-o", pkg.toString(), "--profile", "hk-ozp",
                "--s-srs", "EPSG:2326");
        assertThat(run.exitCode()).as(run.err()).isZero();
        PlanHeader h = ProfileRoundTripTest.header(pkg);
        assertThat(h.crs().epsg()).isEqualTo(2326);
        assertThat(h.classification().system()).isEqualTo("hk-ozp");
        assertThat(h.jurisdiction().name("en")).isEqualTo("Hong Kong SAR");
        List<PlanFeature> zones = List.copyOf(ProfileRoundTripTest.features(pkg).values());
        assertThat(zones).extracting(f -> ((Zone) f).code()).containsExactly("R(A)4", "G/IC");
        assertThat(zones).extracting(PlanFeature::id).containsExactly("1", "2");
        assertThat(h.boundary().getArea()).isEqualTo(10_000.0);
    }
}
