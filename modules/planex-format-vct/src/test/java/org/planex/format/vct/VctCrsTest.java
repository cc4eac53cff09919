package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.CrsRef;

/**
 * The CRS lines of a VCT header name the EPSG code they were written for, and say why when they cannot. Both
 * forms of the Gauss-Kruger parameters read: the nine values of GB/T 17798-2007 and planex's older five.
 */
class VctCrsTest {

    @Test
    void everyWritableCrsReadsBack() {
        for (int epsg = 4490; epsg <= 4554; epsg++) {
            VctHeader h = new VctHeader();
            VctCrs.write(CrsRef.epsg(epsg), h);
            StringBuilder why = new StringBuilder();
            assertThat(VctCrs.read(h, why)).as("EPSG:%d (%s)", epsg, why).contains(CrsRef.epsg(epsg));
        }
        VctHeader wgs = new VctHeader();
        VctCrs.write(CrsRef.WGS84, wgs);
        assertThat(VctCrs.read(wgs, new StringBuilder())).contains(CrsRef.WGS84);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "120,1,500000,0,3 | 4549", "120,1,500000,0 | 4549", "117,1,500000,0,6 | 4509", "117,1,39500000,0 | 4527",
        "117,1,20500000,0,6 | 4498", "75,1,13500000,0 | 4491", "'120,,,,1.0,40500000,0.0,3,40' | 4528",
        "'120,0,0,0,1,500000,0,3,' | 4549", "'117,0,0,0,1,500000,0,6,' | 4509", "'117, , , ,1,20500000,0,6,20' | 4498"})
    void gaussKrugerParametersGiveTheZone(String parameters, int epsg) {
        VctHeader h = new VctHeader().put("CoordinateSystemType", "P").put("Spheroid", "CGCS2000,6378137,298.257222101")
                .put("Projection", "高斯-克吕格投影").put("Parameters", parameters);
        assertThat(VctCrs.read(h, new StringBuilder())).contains(CrsRef.epsg(epsg));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "P | Xian 1980,6378140,298.257 | 高斯-克吕格投影 | 117,1,500000,0 | not a CGCS2000 Gauss-Kruger",
        "P | CGCS2000 | 高斯-克吕格投影 | 118,1,500000,0,3 | no CGCS2000 Gauss-Kruger zone",
        "P | CGCS2000 | 高斯-克吕格投影 | 117,1,500001,0 | not 500000 plus a zone number",
        "D | Beijing 1954 | '' | '' | not CGCS2000 or WGS 84",
        "C | '' | '' | '' | no geodetic CRS"})
    void anUnknownCrsIsEmptyWithTheReason(String type, String spheroid, String projection, String parameters,
            String reason) {
        VctHeader h = new VctHeader().put("CoordinateSystemType", type).put("Spheroid", spheroid)
                .put("Projection", projection).put("Parameters", parameters);
        StringBuilder why = new StringBuilder();
        Optional<CrsRef> crs = VctCrs.read(h, why);
        assertThat(crs).isEmpty();
        assertThat(why.toString()).contains(reason);
    }
}
