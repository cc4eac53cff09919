package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class CoordinateSurveyTest {

    @Test
    void keepsTheWholeEnvelopeButABoundedSample() {
        CoordinateSurvey survey = new CoordinateSurvey(100, 1);
        for (int i = 0; i < 100_000; i++) {
            survey.add(i, -i);
        }
        assertThat(survey.count()).isEqualTo(100_000);
        assertThat(survey.envelope().getMaxX()).isEqualTo(99_999);
        assertThat(survey.envelope().getMinY()).isEqualTo(-99_999);
        assertThat(survey.sample()).hasSize(100);
        double mean = survey.sample().stream().mapToDouble(c -> c.x).average().orElseThrow();
        assertThat(mean).as("uniform over the stream, not the first 100").isBetween(35_000.0, 65_000.0);
    }

    @Test
    void isDeterministicForASeed() {
        CoordinateSurvey a = new CoordinateSurvey(10, 42);
        CoordinateSurvey b = new CoordinateSurvey(10, 42);
        for (int i = 0; i < 1000; i++) {
            a.add(i, i);
            b.add(i, i);
        }
        assertThat(a.sample()).isEqualTo(b.sample());
    }

    @Test
    void takesGeometriesSkipsEmptiesAndNonFiniteValues() {
        GeometryFactory gf = new GeometryFactory();
        CoordinateSurvey survey = new CoordinateSurvey();
        survey.add(gf.createLineString(new Coordinate[] {new Coordinate(1, 2), new Coordinate(5, 9)}));
        survey.add(gf.createPolygon());
        survey.add(null);
        survey.add(Double.NaN, 3);
        assertThat(survey.count()).isEqualTo(1);
        assertThat(survey.envelope().getMaxY()).isEqualTo(9);
        assertThat(survey.sample()).containsExactly(new Coordinate(1, 2));
    }

    @Test
    void mergesSurveysOfParallelStreams() {
        CoordinateSurvey a = new CoordinateSurvey(5, 1).add(0, 0).add(1, 1);
        CoordinateSurvey b = new CoordinateSurvey(5, 2);
        for (int i = 0; i < 20; i++) {
            b.add(100 + i, 100 + i);
        }
        a.merge(b);
        assertThat(a.count()).isEqualTo(22);
        assertThat(a.envelope().getMaxX()).isEqualTo(119);
        assertThat(a.sample()).hasSize(5);
    }
}
