package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Ring assembly by orientation and containment, tolerant of wrong orientations like GDAL. */
class PolygonRingAssemblerTest {

    private final PolygonRingAssembler assembler = new PolygonRingAssembler(new GeometryFactory());

    /** A square ring, clockwise (x east, y north) when {@code cw}. */
    private static Coordinate[] square(double x, double y, double size, boolean cw) {
        List<Coordinate> c = new ArrayList<>(List.of(new Coordinate(x, y), new Coordinate(x + size, y),
                new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y)));
        if (cw) {
            Collections.reverse(c);
        }
        return c.toArray(new Coordinate[0]);
    }

    @Test
    void holeGoesToTheSmallestContainingShell() {
        Geometry g = assembler.assemble(List.of(square(0, 0, 100, true), square(10, 10, 30, true),
                square(15, 15, 5, false)));
        assertThat(g.getNumGeometries()).isEqualTo(2);
        Polygon inner = (Polygon) (g.getGeometryN(0).getArea() < g.getGeometryN(1).getArea() ? g.getGeometryN(0)
                : g.getGeometryN(1));
        assertThat(inner.getNumInteriorRing()).isEqualTo(1);
        assertThat(inner.getArea()).isEqualTo(900 - 25);
    }

    @Test
    void holeOutsideEveryShellBecomesAShell() {
        Geometry g = assembler.assemble(List.of(square(0, 0, 10, true), square(20, 0, 10, false)));
        assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g.getArea()).isEqualTo(200);
    }

    @Test
    void allCounterClockwiseRingsAreNestedByContainment() {
        Geometry g = assembler.assemble(List.of(square(0, 0, 100, false), square(10, 10, 50, false),
                square(20, 20, 10, false), square(200, 0, 10, false)));
        assertThat(g.getNumGeometries()).isEqualTo(3);
        assertThat(g.getArea()).isEqualTo(10000 - 2500 + 100 + 100);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void holeTouchingItsShellStaysAHole() {
        Coordinate[] shell = square(0, 0, 10, true);
        Coordinate[] hole = {new Coordinate(0, 2), new Coordinate(4, 2), new Coordinate(4, 6), new Coordinate(0, 6),
            new Coordinate(0, 2)};
        Geometry g = assembler.assemble(List.of(shell, hole));
        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
    }
}
