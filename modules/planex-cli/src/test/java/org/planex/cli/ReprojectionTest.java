package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.planex.model.PlanFeature;

class ReprojectionTest {

    @Test
    void reprojectingToGaussKrugerAndBackKeepsCoordinatesToAMillimetre(@TempDir Path dir) throws Exception {
        Path gk = dir.resolve("qp-4549.planex.zip");
        CliRun there = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", gk.toString(), "--t-srs", "EPSG:4549");
        assertThat(there.exitCode()).as(there.err()).isZero();
        JsonNode info = new ObjectMapper().readTree(CliRun.of("info", gk.toString(), "--json").out());
        assertThat(info.get("crs").get("epsg").asInt()).isEqualTo(4549);
        assertThat(info.get("crs").get("axisOrder").asText()).isEqualTo("north/east");
        assertThat(info.get("extent").get("minEast").asDouble()).isBetween(560_000.0, 640_000.0);
        assertThat(info.get("extent").get("minNorth").asDouble()).isBetween(3_420_000.0, 3_450_000.0);

        Path back = dir.resolve("qp-4490.planex.zip");
        assertThat(CliRun.of("convert", gk.toString(), "-o", back.toString(), "--t-srs", "EPSG:4490").exitCode()).isZero();
        Map<String, PlanFeature> a = ProfileRoundTripTest.features(ExampleTest.EXAMPLE);
        Map<String, PlanFeature> b = ProfileRoundTripTest.features(back);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        double millimetreInDegrees = 1e-3 / 111_000;
        for (String id : a.keySet()) {
            Coordinate[] ca = a.get(id).geometry().getCoordinates();
            Coordinate[] cb = b.get(id).geometry().getCoordinates();
            assertThat(cb).hasSameSizeAs(ca);
            for (int i = 0; i < ca.length; i++) {
                assertThat(cb[i].x).isCloseTo(ca[i].x, within(millimetreInDegrees));
                assertThat(cb[i].y).isCloseTo(ca[i].y, within(millimetreInDegrees));
            }
            assertThat(b.get(id).attributes()).isEqualTo(a.get(id).attributes());
        }
    }

    @Test
    void gaussKrugerPlanXmlIsNorthingFirstAndShapefilePrjNamesTheZone(@TempDir Path dir) throws Exception {
        Path gk = dir.resolve("gk");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", gk.toString(), "-f", "planex",
                "--t-srs", "EPSG:4549").exitCode()).isZero();
        String xml = Files.readString(gk.resolve("plan.xml"), StandardCharsets.UTF_8);
        String pos = xml.substring(xml.indexOf("<gml:pos>") + 9, xml.indexOf("</gml:pos>"));
        assertThat(Double.parseDouble(pos.split(" ")[0])).as("northing first").isGreaterThan(3_000_000);
        Path shp = dir.resolve("shp");
        assertThat(CliRun.of("convert", gk.toString(), "-o", shp.toString(), "-f", "shapefile", "--profile", "cn-plan-db")
                .exitCode()).isZero();
        assertThat(Files.readString(shp.resolve("YDYH.prj"))).contains("CGCS2000_3_Degree_GK_CM_120E");
    }

    @Test
    void unknownTargetCrsIsAUsageError() {
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", "x.planex.zip", "--t-srs", "EPSG:999999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("EPSG:999999");
    }
}
