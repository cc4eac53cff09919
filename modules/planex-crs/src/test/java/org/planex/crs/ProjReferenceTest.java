package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.planex.model.CrsRef;

/**
 * proj4j through planex agrees with PROJ to 1 mm, on points recorded with gdaltransform (see the header of
 * {@code proj-reference.csv} and {@code src/build/record-proj-reference.py}).
 */
class ProjReferenceTest {

    /** One millimetre. */
    static final double TOLERANCE_M = 0.001;

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ProjReferenceTest.class.getResourceAsStream("proj-reference.csv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("source")) {
                    continue;
                }
                String[] p = line.split(",");
                rows.add(Arguments.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]),
                        Double.parseDouble(p[3]), Double.parseDouble(p[4]), Double.parseDouble(p[5])));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "EPSG:{0} -> EPSG:{1} ({2}, {3})")
    @MethodSource("rows")
    void agreesWithProjToOneMillimetre(int source, int target, double x, double y, double ex, double ey)
            throws Exception {
        Coordinate out = CrsService.standard().reprojector(CrsRef.epsg(source), CrsRef.epsg(target))
                .reproject(new Coordinate(x, y));
        assertThat(groundDistance(CrsRef.epsg(target), out, new Coordinate(ex, ey))).isLessThan(TOLERANCE_M);
    }

    @Test
    void referenceCoversEveryThreeDegreeZoneBothWaysAndHongKong() throws IOException {
        List<Arguments> all = rows().toList();
        for (int code = 4513; code <= 4554; code++) {
            int c = code;
            assertThat(all).as("EPSG:%d", code).anyMatch(a -> (int) a.get()[0] == 4490 && (int) a.get()[1] == c);
            assertThat(all).as("EPSG:%d", code).anyMatch(a -> (int) a.get()[0] == c && (int) a.get()[1] == 4490);
        }
        assertThat(all).anyMatch(a -> (int) a.get()[0] == 2326 && (int) a.get()[1] == 4490);
        assertThat(all).anyMatch(a -> (int) a.get()[0] == 4490 && (int) a.get()[1] == 2326);
    }

    /** The distance on the ground between two coordinates of the same CRS, in metres. */
    static double groundDistance(CrsRef crs, Coordinate a, Coordinate b) {
        boolean geographic = CrsCatalog.find(crs).map(k -> k.family().isGeographic()).orElse(false);
        if (!geographic) {
            return a.distance(b);
        }
        double metresPerDegree = 111_320;
        double dx = (a.x - b.x) * metresPerDegree * Math.cos(Math.toRadians(a.y));
        double dy = (a.y - b.y) * metresPerDegree;
        return Math.hypot(dx, dy);
    }
}
