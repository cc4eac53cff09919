package org.planex.format.xplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.PlanFeature;

/**
 * Arcs and circles are linearised within the documented tolerance: every chord stays within 1 cm of the true
 * curve, and the areas of the test plans' curved features match their exact values.
 */
class XPlanCurveTest {

    @Test
    void everyChordOfAnArcStaysWithinTheToleranceOfTheCircle() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double r = 0.5 + random.nextDouble() * 5000;
            double cx = 500_000 + random.nextDouble() * 1000;
            double cy = 5_800_000 + random.nextDouble() * 1000;
            double a1 = random.nextDouble() * 2 * Math.PI;
            double sweep = (0.1 + random.nextDouble() * 1.8 * Math.PI) * (random.nextBoolean() ? 1 : -1);
            CoordinateList out = new CoordinateList();
            ArcLinearizer.arc(out, cx + r * Math.cos(a1), cy + r * Math.sin(a1), cx + r * Math.cos(a1 + sweep / 2),
                    cy + r * Math.sin(a1 + sweep / 2), cx + r * Math.cos(a1 + sweep), cy + r * Math.sin(a1 + sweep));
            assertThat(out.size()).isGreaterThanOrEqualTo(3);
            for (int k = 0; k + 1 < out.size(); k++) {
                Coordinate p = out.get(k);
                Coordinate q = out.get(k + 1);
                assertThat(Math.hypot(p.x - cx, p.y - cy)).as("vertex on the circle").isCloseTo(r, within(1e-6));
                double mid = Math.hypot((p.x + q.x) / 2 - cx, (p.y + q.y) / 2 - cy);
                assertThat(r - mid).as("sagitta of chord %d of an arc of radius %.1f", k, r)
                        .isLessThanOrEqualTo(ArcLinearizer.TOLERANCE + 1e-9);
            }
            Coordinate middle = new Coordinate(cx + r * Math.cos(a1 + sweep / 2), cy + r * Math.sin(a1 + sweep / 2));
            double nearest = out.stream().mapToDouble(c -> ((Coordinate) c).distance(middle)).min().orElseThrow();
            assertThat(nearest).as("the arc passes its middle point, not the other side of the circle")
                    .isLessThan(r * Math.abs(sweep) / 2);
        }
    }

    @Test
    void threeCollinearPointsAreAStraightSegment() {
        CoordinateList out = new CoordinateList();
        ArcLinearizer.arc(out, 0, 0, 5, 5, 10, 10);
        assertThat(out.toCoordinateArray()).containsExactly(new Coordinate(0, 0), new Coordinate(10, 10));
    }

    @Test
    void theCurvedGreenAreaHasTheAreaOfItsSquareLessTheCircularSegment(@TempDir Path dir) throws IOException {
        Polygon green = (Polygon) feature("bp-5.4.xplan.gml", "GR_1", dir).geometry();
        double r = 130;
        double sagitta = 10;
        double segment = r * r * Math.acos((r - sagitta) / r) - (r - sagitta) * Math.sqrt(2 * r * sagitta
                - sagitta * sagitta);
        double exact = 100 * 100 - segment;
        double arcLength = 2 * r * Math.acos((r - sagitta) / r);
        assertThat(green.getArea()).isCloseTo(exact, within(arcLength * ArcLinearizer.TOLERANCE));
        assertThat(green.getExteriorRing().getNumPoints()).as("the arc is linearised, not a chord")
                .isGreaterThan(10);
    }

    @Test
    void aCircleByCenterPointIsARoundAreaAndAHoleOfTheSameShape(@TempDir Path dir) throws IOException {
        PlanFeature round = feature("bp-6.0.xplan.gml", "GR_RUND", dir);
        double exact = Math.PI * 40 * 40;
        assertThat(round.geometry().getArea()).isCloseTo(exact, within(2 * Math.PI * 40 * ArcLinearizer.TOLERANCE));
        Polygon mu = (Polygon) feature("bp-6.0.xplan.gml", "MU_1", dir).geometry();
        assertThat(mu.getNumInteriorRing()).isEqualTo(1);
        assertThat(mu.getArea()).isCloseTo(100 * 100 - round.geometry().getArea(), within(1e-6));
        assertThat(mu.union(round.geometry()).getArea()).as("hole and circle fit exactly")
                .isCloseTo(100 * 100, within(1e-6));
    }

    @Test
    void theAdjacentPatchesOfOneSurfaceMergeAndMultiSurfacesStayMulti(@TempDir Path dir) throws IOException {
        Geometry water = feature("fp-6.0.xplan.gml", "FGW_2", dir).geometry();
        assertThat(water).as("two PolygonPatches sharing an edge are one surface").isInstanceOf(Polygon.class);
        assertThat(water.getArea()).isEqualTo(300.0 * 100.0);
        assertThat(water.isValid()).isTrue();
        assertThat(feature("bp-6.0.xplan.gml", "GE_1", dir).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(feature("bp-5.4.xplan.gml", "MI_1", dir).geometry()).as("a Surface of one PolygonPatch")
                .isInstanceOf(Polygon.class);
    }

    private static PlanFeature feature(String plan, String id, Path dir) throws IOException {
        Path file = dir.resolve(plan).toFile().exists() ? dir.resolve(plan) : XPlanFixtures.copy(plan, dir);
        return XPlanFixtures.read(file).features().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
