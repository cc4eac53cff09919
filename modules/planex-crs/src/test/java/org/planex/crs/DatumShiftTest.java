package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.planex.model.CrsRef;

/** A user's datum shift ({@code --s-towgs84}) moves coordinates as PROJ's {@code +towgs84} does. */
class DatumShiftTest {

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DatumShiftTest.class.getResourceAsStream("towgs84-reference.csv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("source")) {
                    continue;
                }
                String[] p = line.split(",");
                rows.add(Arguments.of(Integer.parseInt(p[0]), p[1].replace(';', ','), Integer.parseInt(p[2]),
                        Double.parseDouble(p[3]), Double.parseDouble(p[4]), Double.parseDouble(p[5]),
                        Double.parseDouble(p[6])));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "EPSG:{0} +towgs84={1} -> EPSG:{2}")
    @MethodSource("rows")
    void agreesWithProjTowgs84ToOneMillimetre(int source, String shift, int target, double x, double y, double ex,
            double ey) throws Exception {
        CrsRef to = CrsRef.epsg(target);
        Coordinate shifted = CrsService.standard().reprojector(CrsRef.epsg(source), DatumShift.parse(shift), to)
                .reproject(new Coordinate(x, y));
        assertThat(ProjReferenceTest.groundDistance(to, shifted, new Coordinate(ex, ey)))
                .isLessThan(ProjReferenceTest.TOLERANCE_M);
        Coordinate unshifted = CrsService.standard().reprojector(CrsRef.epsg(source), to)
                .reproject(new Coordinate(x, y));
        assertThat(ProjReferenceTest.groundDistance(to, unshifted, shifted)).isGreaterThan(10);
    }

    @Test
    void agreesWithTheGdaltransformOnThePath() throws Exception {
        ExternalTools.require("gdaltransform");
        String shift = "-12.5,80.2,33.1,0.5,-0.3,0.9,-2.5";
        String source = CrsService.standard().proj4(CrsRef.epsg(2436)).replace(" +no_defs", "")
                .replaceAll(" \\+towgs84=\\S+", "") + " +towgs84=" + shift + " +no_defs";
        String out = ExternalTools.run(List.of("gdaltransform", "-s_srs", source, "-t_srs", "EPSG:4326",
                "-output_xy"), "500000 3800000\n430000 4400000\n");
        String[] lines = out.strip().split("\n");
        GeometryReprojector r = CrsService.standard().reprojector(CrsRef.epsg(2436), DatumShift.parse(shift),
                CrsRef.WGS84);
        double[][] in = {{500000, 3800000}, {430000, 4400000}};
        for (int i = 0; i < 2; i++) {
            String[] xy = lines[i].trim().split("\\s+");
            Coordinate expected = new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
            assertThat(ProjReferenceTest.groundDistance(CrsRef.WGS84, r.reproject(new Coordinate(in[i][0],
                    in[i][1])), expected)).isLessThan(ProjReferenceTest.TOLERANCE_M);
        }
    }

    @Test
    void parsesThreeOrSevenParameters() {
        assertThat(DatumShift.parse("15.8,-154.4,-82.3")).isEqualTo(new DatumShift(15.8, -154.4, -82.3, 0, 0, 0, 0));
        assertThat(DatumShift.parse(" 1, 2 ,3,0.1,0.2,0.3,4.5").toProj4())
                .isEqualTo("+towgs84=1,2,3,0.1,0.2,0.3,4.5");
        assertThatThrownBy(() -> DatumShift.parse("1,2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 or 7");
        assertThatThrownBy(() -> DatumShift.parse("1,2,x")).hasMessageContaining("'x'");
        assertThat(CrsService.withShift("+proj=longlat +datum=NAD27 +no_defs", DatumShift.parse("1,2,3")))
                .isEqualTo("+proj=longlat +ellps=clrk66 +towgs84=1,2,3,0,0,0,0 +no_defs");
    }

    @Test
    void warnsWhereNoShiftIsKnown() {
        CrsService s = CrsService.standard();
        assertThat(s.datumShiftWarning(CrsRef.epsg(2383), null, CrsRef.CGCS2000)).hasValueSatisfying(w ->
                assertThat(w.toLowerCase(Locale.ROOT)).contains("xian 1980").contains("--s-towgs84")
                        .contains("metres off"));
        assertThat(s.datumShiftWarning(CrsRef.CGCS2000, null, CrsRef.epsg(21413))).isPresent();
        assertThat(s.datumShiftWarning(CrsRef.epsg(2383), DatumShift.parse("24,-123,-94"), CrsRef.CGCS2000))
                .isEmpty();
        assertThat(s.datumShiftWarning(CrsRef.epsg(4549), null, CrsRef.CGCS2000)).isEmpty();
        assertThat(s.datumShiftWarning(CrsRef.epsg(2326), null, CrsRef.CGCS2000)).isEmpty();
        assertThat(s.datumShiftWarning(CrsRef.epsg(2227), null, CrsRef.WGS84)).isEmpty();
        assertThat(s.datumShiftWarning(CrsRef.epsg(2383), null, CrsRef.epsg(2385))).isEmpty();
    }
}
