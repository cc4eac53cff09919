package org.planex.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeometryErrorFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "valid square|POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))||",
        "bow-tie|POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))|self-intersection|5 5",
        "three crossings in one ring|POLYGON ((0 0, 10 0, 10 10, 3 -2, 7 -2, 0 10, 0 0))|self-intersection,self-intersection,self-intersection|",
        "hole crossing its shell and a bow-tie elsewhere|MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (8 2, 12 2, 12 4, 8 4, 8 2)), ((20 0, 30 10, 30 0, 20 10, 20 0)))|self-intersection,self-intersection,self-intersection|",
        "hole outside shell|POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 22 20, 22 22, 20 22, 20 20))|hole-outside-shell|",
        "nested holes|POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 9 1, 9 9, 1 9, 1 1), (2 2, 3 2, 3 3, 2 3, 2 2))|nested-holes|",
        "overlapping parts|MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((5 5, 15 5, 15 15, 5 15, 5 5)))|overlapping-parts|"
    })
    void findsEveryError(String name, String wkt, String kinds, String firstAt) throws ParseException {
        List<GeometryError> errors = GeometryErrorFinder.find(new WKTReader().read(wkt));
        List<String> expected = kinds == null ? List.of() : List.of(kinds.split(","));
        assertThat(errors).extracting(GeometryError::kind).containsExactlyElementsOf(expected);
        if (firstAt != null) {
            String[] xy = firstAt.split(" ");
            assertThat(errors.get(0).at().x).isEqualTo(Double.parseDouble(xy[0]));
            assertThat(errors.get(0).at().y).isEqualTo(Double.parseDouble(xy[1]));
        }
    }
}
