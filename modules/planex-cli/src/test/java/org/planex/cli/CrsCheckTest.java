package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coordinates that do not fit the declared CRS are reported during conversion, with the fix. */
class CrsCheckTest {

    @Test
    void gaussKrugerDataDeclaredWithTheZonePrefixCodeIsCaught(@TempDir Path dir) {
        Path gk = dir.resolve("gk.planex.zip");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", gk.toString(), "--t-srs", "EPSG:4549")
                .exitCode()).isZero();
        CliRun run = CliRun.of("convert", gk.toString(), "-o", dir.resolve("wrong.planex.zip").toString(),
                "--s-srs", "EPSG:4528");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("CRS.ZONE_PREFIX_MISSING").contains("fix: --s-srs EPSG:4549");
    }

    @Test
    void geographicDataWithSwappedAxesIsCaught(@TempDir Path dir) throws Exception {
        Path geojson = Files.writeString(dir.resolve("zones.geojson"), """
                {"type":"FeatureCollection","name":"zones",
                 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},
                 "features":[{"type":"Feature","properties":{"id":"Z1","code":"0101"},
                  "geometry":{"type":"Polygon","coordinates":[[[31.10,121.10],[31.10,121.12],[31.12,121.12],[31.10,121.10]]]}}]}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", geojson.toString(), "-o", dir.resolve("p.planex.zip").toString(),
                "--jurisdiction", "310118");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("CRS.SWAPPED_AXES").contains("swap the x and y axes");
    }

    @Test
    void dataThatFitsItsCrsGivesNoWarning(@TempDir Path dir) {
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", dir.resolve("ok.planex.zip").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("CRS.");
    }
}
