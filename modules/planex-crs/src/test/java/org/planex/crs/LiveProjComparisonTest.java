package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.planex.model.CrsRef;

/**
 * Compares planex transforms with the PROJ installed on this machine, through {@code gdaltransform}, on
 * seeded random points. Skipped when {@code gdaltransform} is not on the PATH (a failure when {@code CI=true}).
 */
class LiveProjComparisonTest {

    @BeforeAll
    static void needsGdal() {
        ExternalTools.require("gdaltransform");
    }

    @Test
    void threeDegreeZonesAgreeWithGdaltransform() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int code = 4513; code <= 4554; code += 10) {
            KnownCrs zone = CrsCatalog.find(CrsRef.epsg(code)).orElseThrow();
            List<Coordinate> points = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                AreaOfUse a = zone.area();
                points.add(new Coordinate(zone.centralMeridian() + random.nextDouble(-1.5, 1.5),
                        random.nextDouble(a.south(), a.north())));
            }
            compare(CrsRef.CGCS2000, zone.crs(), points, zone.crs());
        }
    }

    @Test
    void hongKongGridAgreesWithGdaltransformViaWgs84() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<Coordinate> grid = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            grid.add(new Coordinate(random.nextDouble(805_000, 865_000), random.nextDouble(805_000, 848_000)));
        }
        compare(CrsRef.epsg(2326), CrsRef.WGS84, grid, CrsRef.CGCS2000);
    }

    /** Transforms with gdaltransform from source to gdalTarget and with planex from source to ours. */
    private static void compare(CrsRef source, CrsRef gdalTarget, List<Coordinate> points, CrsRef ours)
            throws Exception {
        List<Coordinate> expected = gdaltransform(source, gdalTarget, points);
        GeometryReprojector r = CrsService.standard().reprojector(source, ours);
        for (int i = 0; i < points.size(); i++) {
            Coordinate got = r.reproject(points.get(i));
            assertThat(ProjReferenceTest.groundDistance(ours, got, expected.get(i)))
                    .as("%s -> %s at %s", source, ours, points.get(i)).isLessThan(ProjReferenceTest.TOLERANCE_M);
        }
    }

    private static List<Coordinate> gdaltransform(CrsRef source, CrsRef target, List<Coordinate> points)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("gdaltransform", "-s_srs", source.toString(), "-t_srs",
                target.toString(), "-output_xy");
        pb.environment().put("OGR_CT_FORCE_TRADITIONAL_GIS_ORDER", "YES");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        StringBuilder in = new StringBuilder();
        for (Coordinate c : points) {
            in.append(String.format(Locale.ROOT, "%.10f %.10f%n", c.x, c.y));
        }
        p.getOutputStream().write(in.toString().getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor()).isZero();
        List<Coordinate> result = new ArrayList<>();
        for (String line : out.strip().split("\\R")) {
            String[] v = line.strip().split("\\s+");
            result.add(new Coordinate(Double.parseDouble(v[0]), Double.parseDouble(v[1])));
        }
        assertThat(result).hasSameSizeAs(points);
        return result;
    }

}
