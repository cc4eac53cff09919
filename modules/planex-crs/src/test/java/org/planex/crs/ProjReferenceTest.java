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
import org.planex.spi.crs.CrsKind;

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

    @Test
    void referenceCoversEveryFamilyAgainstItsBaseGeographicCrs() throws IOException {
        List<Arguments> all = rows().toList();
        int[][] pairs = {{2227, 4269}, {2263, 4269}, {26910, 4269}, {2327, 4610}, {2340, 4610}, {2363, 4610},
            {2374, 4610}, {2383, 4610}, {2385, 4610}, {2401, 4214}, {2415, 4214}, {2431, 4214}, {2436, 4214},
            {21413, 4214}, {21455, 4214}, {21463, 4214}, {8433, 8428}, {3035, 4258}, {25832, 4258}, {25833, 4258},
            {27700, 4277}, {2154, 4171}, {31467, 4314}, {28992, 4289}, {3414, 4757}, {3857, 4326}, {32650, 4326},
            {32750, 4326}, {4538, 4490}, {4504, 4490}};
        for (int[] p : pairs) {
            assertThat(all).as("EPSG:%d -> %d", p[0], p[1])
                    .anyMatch(a -> (int) a.get()[0] == p[0] && (int) a.get()[1] == p[1]);
            assertThat(all).as("EPSG:%d -> %d", p[1], p[0])
                    .anyMatch(a -> (int) a.get()[0] == p[1] && (int) a.get()[1] == p[0]);
        }
    }

    /** The distance on the ground between two coordinates of the same CRS, in metres (US survey feet too). */
    static double groundDistance(CrsRef crs, Coordinate a, Coordinate b) {
        EpsgEntry entry = EpsgCatalog.standard().get(crs.epsg()).orElseThrow();
        if (entry.kind() == CrsKind.PROJECTED) {
            return a.distance(b) * entry.unitFactor();
        }
        double metresPerDegree = 111_320;
        double dx = (a.x - b.x) * metresPerDegree * Math.cos(Math.toRadians(a.y));
        double dy = (a.y - b.y) * metresPerDegree;
        return Math.hypot(dx, dy);
    }
}
