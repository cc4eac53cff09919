package org.planex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ModelTest {

    @ParameterizedTest
    @CsvSource({"4490,NORTH_EAST", "4326,NORTH_EAST", "4549,NORTH_EAST", "4513,NORTH_EAST", "4554,NORTH_EAST",
        "2326,NORTH_EAST", "32650,EAST_NORTH", "3857,EAST_NORTH", "32751,EAST_NORTH"})
    void axisOrderFollowsEpsg(int code, AxisOrder expected) {
        assertThat(CrsRef.epsg(code).axisOrder()).isEqualTo(expected);
    }

    @Test
    void crsReferencesParseInEveryCommonForm() {
        assertThat(CrsRef.parse("http://www.opengis.net/def/crs/EPSG/0/4490")).isEqualTo(CrsRef.CGCS2000);
        assertThat(CrsRef.parse("urn:ogc:def:crs:EPSG::4549")).isEqualTo(CrsRef.epsg(4549));
        assertThat(CrsRef.parse("EPSG:2326").uri()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/2326");
        assertThatThrownBy(() -> CrsRef.parse("CRS84")).hasMessageContaining("not an EPSG CRS reference");
    }

    @Test
    void valuesKeepTheirTypeScaleAndAbsence() {
        assertThat(AttributeValue.parse(AttributeType.DECIMAL, "1.50")).isEqualTo(AttributeValue.of(new BigDecimal("1.50")));
        assertThat(AttributeValue.parse(AttributeType.DECIMAL, "1.50")).isNotEqualTo(AttributeValue.of(new BigDecimal("1.5")));
        assertThat(AttributeValue.parse(AttributeType.DATE, "2024-01-18").lexical()).isEqualTo("2024-01-18");
        assertThat(AttributeValue.parse(AttributeType.BOOLEAN, "1")).isEqualTo(AttributeValue.of(true));
        assertThat(AttributeValue.parse(AttributeType.INTEGER, null)).isEqualTo(new AttributeValue.Null(AttributeType.INTEGER));
        assertThat(AttributeValue.of((LocalDate) null).type()).isEqualTo(AttributeType.DATE);
        assertThatThrownBy(() -> AttributeValue.parse(AttributeType.INTEGER, "3.5"))
                .hasMessage("'3.5' is not a valid integer value");
    }

    @Test
    void attributesKeepOrderRefuseDuplicatesAndBuildOnce() {
        Attributes.Builder b = Attributes.builder().put("B", 1).put("A", "青浦");
        assertThatThrownBy(() -> b.put("B", 2)).hasMessage("duplicate attribute 'B'");
        Attributes a = b.build();
        assertThat(a.names()).containsExactly("B", "A");
        assertThatThrownBy(() -> b.put("C", 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void featureGeometryTypesAreChecked() {
        GeometryFactory gf = new GeometryFactory();
        assertThatThrownBy(() -> new Zone("Z1", "0101", null, gf.createPoint(new Coordinate(1, 2)), null))
                .hasMessageContaining("feature Z1: expected a Polygon or MultiPolygon, got Point");
        assertThatThrownBy(() -> new ControlKind("Red Line")).hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> new Facility("F", "school", null, -1.0, null, null, null))
                .hasMessageContaining("impact radius must be >= 0 m");
    }

    @Test
    void attachmentPathsStayInsideAttachments() {
        String sha = "a".repeat(64);
        assertThat(new Attachment("attachments/说明.pdf", "application/pdf", sha, null).path()).endsWith("说明.pdf");
        for (String bad : new String[] {"../x", "attachments/../plan.xml", "/etc/passwd", "attachments\\x", "plan.xml"}) {
            assertThatThrownBy(() -> new Attachment(bad, "text/plain", sha, null)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
