package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.planex.crs.CrsService;
import org.planex.crs.DatumShift;
import org.planex.crs.GeometryReprojector;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;

/** {@code --s-srs}/{@code --t-srs} with any EPSG code, and {@code --s-towgs84} for datums without a shift. */
class DatumShiftOptionTest {

    private static final String SHIFT = "24,-123,-94,0.02,-0.25,-0.13,1.1";

    @Test
    void xian1980WithoutAShiftWarnsAndWithTheUsersShiftMovesAsProjTowgs84(@TempDir Path dir) throws Exception {
        Path xian = dir.resolve("xian.planex.zip");
        CliRun there = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", xian.toString(), "--t-srs",
                "EPSG:2385");
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.err()).contains("EPSG:2385 (Xian 1980 / 3-degree Gauss-Kruger CM 120E) has no datum shift");

        Path plain = dir.resolve("plain.planex.zip");
        CliRun back = CliRun.of("convert", xian.toString(), "-o", plain.toString(), "--t-srs", "EPSG:4490");
        assertThat(back.err()).contains("--s-towgs84");
        Path shifted = dir.resolve("shifted.planex.zip");
        CliRun withShift = CliRun.of("convert", xian.toString(), "-o", shifted.toString(), "--t-srs", "EPSG:4490",
                "--s-towgs84", SHIFT);
        assertThat(withShift.exitCode()).as(withShift.err()).isZero();
        assertThat(withShift.err()).doesNotContain("has no datum shift");

        Map<String, PlanFeature> grid = ProfileRoundTripTest.features(xian);
        Map<String, PlanFeature> a = ProfileRoundTripTest.features(plain);
        Map<String, PlanFeature> b = ProfileRoundTripTest.features(shifted);
        GeometryReprojector expected = CrsService.standard().reprojector(CrsRef.epsg(2385), DatumShift.parse(SHIFT),
                CrsRef.CGCS2000);
        String id = a.keySet().iterator().next();
        Coordinate g = grid.get(id).geometry().getCoordinate();
        Coordinate ca = a.get(id).geometry().getCoordinate();
        Coordinate cb = b.get(id).geometry().getCoordinate();
        Coordinate want = expected.reproject(g);
        assertThat(cb.distance(want)).isLessThan(1e-9);
        double metres = Math.hypot((cb.x - ca.x) * 111_320 * Math.cos(Math.toRadians(ca.y)), (cb.y - ca.y) * 111_320);
        assertThat(metres).as("shift on the ground").isBetween(10.0, 1_000.0);
    }

    @Test
    void aMalformedShiftIsAUsageError() {
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", "x.planex.zip", "--t-srs",
                "EPSG:2385", "--s-towgs84", "1,2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("3 or 7");
    }

    @Test
    void anyEpsgCodeIsAcceptedAndWrittenAsGdalWouldWriteIt(@TempDir Path dir) throws Exception {
        Path shp = dir.resolve("shp");
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", shp.toString(), "-f", "shapefile",
                "--profile", "cn-plan-db", "--t-srs", "EPSG:2227");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(shp.resolve("YDYH.prj")))
                .startsWith("PROJCS[\"NAD_1983_StatePlane_California_III_FIPS_0403_Feet\"");
        Path back = dir.resolve("back.planex.zip");
        assertThat(CliRun.of("convert", shp.toString(), "-o", back.toString(), "--profile", "cn-plan-db")
                .exitCode()).isZero();
        assertThat(CliRun.of("info", back.toString()).out()).contains("2227");
    }
}
