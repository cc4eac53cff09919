package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;

/**
 * Files that other programs write in other orders read the same: attribute rows out of feature order (the table
 * is then indexed), lines out of identifier order, and the surveyors' axes ({@code XAxisDirection:N}, x the
 * northing), which are swapped back to x = east.
 */
class VctReadingOrderTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void rowsAndLinesOutOfOrderAndNorthFirstAxesReadTheSame(@TempDir Path dir) throws Exception {
        Path original = Path.of(VctReadingOrderTest.class.getResource("/land-use-sample.vct").toURI());
        String text = Files.readString(original, GBK);
        String rows = "1,1,\"070101\",\"城镇住宅用地\",9600.00,20230115\n2,2,\"0801\",\"机关团体用地\",10000.00,\n";
        assertThat(text).contains(rows);
        String reordered = text.replace(rows, rows.substring(rows.indexOf('\n') + 1) + rows.substring(0,
                rows.indexOf('\n') + 1));
        int line101 = reordered.indexOf("LineBegin\n") + "LineBegin\n".length();
        int line103 = reordered.indexOf("103\n2090010100");
        String first = reordered.substring(line101, line103);
        reordered = reordered.substring(0, line101) + reordered.substring(line103, reordered.indexOf("201\n9000000002"))
                + first + reordered.substring(reordered.indexOf("201\n9000000002"));
        Path shuffled = dir.resolve("shuffled.vct");
        Files.write(shuffled, reordered.getBytes(GBK));
        Path swapped = dir.resolve("north-first.vct");
        Files.write(swapped, swapAxes(text).getBytes(GBK));
        try (LayerReader a = new VctFormatProvider().openLayerReader(ReadContext.of(original));
                LayerReader b = new VctFormatProvider().openLayerReader(ReadContext.of(shuffled));
                LayerReader c = new VctFormatProvider().openLayerReader(ReadContext.of(swapped))) {
            for (String layer : List.of("YDYH", "HWSS", "DLZXX")) {
                List<LayerRecord> expected = VctSampleTest.read(a, layer);
                assertThat(VctSampleTest.read(b, layer)).as(layer).isEqualTo(expected);
                List<LayerRecord> north = VctSampleTest.read(c, layer);
                assertThat(north).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(north.get(i).geometry().equalsExact(expected.get(i).geometry())).isTrue();
                }
            }
            assertThat(VctSampleTest.read(c, "HWSS").get(0).geometry().getCoordinate())
                    .isEqualTo(new Coordinate(500250, 3450150));
        }
    }

    /** The sample with x and y of every coordinate line swapped and {@code XAxisDirection:N}. */
    private static String swapAxes(String text) {
        StringBuilder sb = new StringBuilder();
        boolean geometry = false;
        for (String line : text.split("\n", -1)) {
            if (line.equals("PointBegin")) {
                geometry = true;
            } else if (line.equals("AnnotationBegin")) {
                geometry = false;
            }
            if (geometry && line.matches("[0-9.]+,[0-9.]+") && !line.matches("[0-9]{1,4},.*")) {
                String[] xy = line.split(",");
                line = xy[1] + "," + xy[0];
            }
            sb.append(line.equals("XAxisDirection:E") ? "XAxisDirection:N" : line.equals("YAxisDirection:N")
                    ? "YAxisDirection:E" : line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }
}
