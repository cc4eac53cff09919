package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.planex.model.CrsRef;

class MetricCrsChooserTest {

    private final MetricCrsChooser chooser = new MetricCrsChooser();

    @ParameterizedTest(name = "{0}: {1}E {2}N -> EPSG:{3}")
    @CsvSource({
        "Shanghai, 121.1, 31.2, 4549",
        "Shenzhen, 114.0, 22.55, 4547",
        "Hong Kong, 114.17, 22.32, 4547",
        "Kashgar, 75.99, 39.47, 4534",
        "Harbin, 126.6, 45.75, 4551",
        "Paris, 2.35, 48.85, 32631",
        "Sydney, 151.2, -33.87, 32756",
        "Longitude 180, 180.0, 10.0, 32660"})
    void choosesGaussKrugerInChinaAndUtmElsewhere(String place, double lon, double lat, int code) {
        assertThat(MetricCrsChooser.forLonLat(lon, lat).crs()).isEqualTo(CrsRef.epsg(code));
    }

    @Test
    void refusesProjectedCoordinates() {
        assertThatThrownBy(() -> MetricCrsChooser.forLonLat(500_000, 3_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void geographicDataIsMeasuredInTheZoneOfItsCentre() throws Exception {
        MetricCrsChoice c = chooser.forData(new Envelope(120.8, 121.6, 30.8, 31.6), CrsRef.CGCS2000);
        assertThat(c.crs().crs()).isEqualTo(CrsRef.epsg(4549));
        assertThat(c.basis()).isEqualTo(MetricCrsChoice.Basis.DATA_CENTRE);
        assertThat(c.describe()).isEqualTo("distances and areas measured in EPSG:4549 (CGCS2000 / 3-degree"
                + " Gauss-Kruger CM 120E), chosen for the centre of the data at 121.20E 31.20N");
    }

    @Test
    void projectedDataIsMeasuredInItsOwnCrs() throws Exception {
        MetricCrsChoice c = chooser.forData(new Envelope(40_590_000, 40_600_000, 3_450_000, 3_460_000),
                CrsRef.epsg(4528));
        assertThat(c.crs().crs()).isEqualTo(CrsRef.epsg(4528));
        assertThat(c.basis()).isEqualTo(MetricCrsChoice.Basis.DECLARED);
        assertThat(c.longitude()).isBetween(120.9, 121.1);
    }

    @Test
    void shenzhenAndHongKongAreComparedAtTheirSharedBorder() throws Exception {
        Envelope shenzhenIn4547 = new Envelope(380_000, 520_000, 2_480_000, 2_520_000);
        Envelope hongKongIn2326 = new Envelope(800_000, 870_000, 800_000, 850_000);
        MetricCrsChoice c = chooser.forPair(shenzhenIn4547, CrsRef.epsg(4547), hongKongIn2326,
                CrsRef.epsg(2326));
        assertThat(c.basis()).isEqualTo(MetricCrsChoice.Basis.SHARED_BORDER);
        assertThat(c.crs().crs()).isEqualTo(CrsRef.epsg(4547));
        assertThat(c.latitude()).as("the overlap is the northern edge of Hong Kong").isBetween(22.4, 22.6);
        assertThat(c.describe()).contains("EPSG:4547").contains("shared border centred at 114.");
    }

    @Test
    void packagesThatDoNotTouchAreComparedAtTheCentreOfBoth() throws Exception {
        MetricCrsChoice c = chooser.forPair(new Envelope(117.0, 117.5, 31.0, 31.5), CrsRef.CGCS2000,
                new Envelope(40_590_000, 40_600_000, 3_450_000, 3_460_000), CrsRef.epsg(4528));
        assertThat(c.basis()).isEqualTo(MetricCrsChoice.Basis.COMBINED_EXTENT);
        assertThat(c.longitude()).isBetween(119.0, 119.1);
        assertThat(c.crs().crs()).isEqualTo(CrsRef.epsg(4549));
    }

    @Test
    void extentsThatOnlyTouchShareABorder() throws Exception {
        MetricCrsChoice c = chooser.forPair(new Envelope(120.0, 121.0, 31.0, 32.0), CrsRef.CGCS2000,
                new Envelope(121.0, 122.0, 31.0, 32.0), CrsRef.WGS84);
        assertThat(c.basis()).isEqualTo(MetricCrsChoice.Basis.SHARED_BORDER);
        assertThat(c.longitude()).isCloseTo(121.0, within(0.01));
    }
}
