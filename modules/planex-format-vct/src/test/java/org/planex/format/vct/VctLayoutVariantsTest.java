package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/**
 * The variants of the VCT layout that independent implementations read or write, each applied to the survey
 * layout sample, and the layout planex writes, checked line by line against what those readers expect.
 */
class VctLayoutVariantsTest {

    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        colours R,G,B before the table   | 2090010100,用地用海,Polygon,YDYH | 2090010100,用地用海,Polygon,255,255,0,YDYH
        one colour before the table      | 2090010100,用地用海,Polygon,YDYH | 2090010100,用地用海,Polygon,16776960,YDYH
        a user item after the table      | 2090010100,用地用海,Polygon,YDYH | 2090010100,用地用海,Polygon,YDYH,规划层
        the version without a space      | Version:GB/T 17798-2007          | Version:GB/T17798-2007
        the version as 2.0               | Version:GB/T 17798-2007          | Version:2.0
        tables not closed by 0           | PZRQ,Date,8\\n0                  | PZRQ,Date,8
        a point count after type 1       | 1\\n3450150,40500250             | 1\\n1\\n3450150,40500250
        a point group of one             | 1\\n3450150,40500250             | 4\\n1\\n3450150,40500250
        rows with a separate identifier  | 1,2090010100,070101              | 1,1,2090010100,070101
        a blank style line               | 1\\n2090010100\\nUnknown\\n100   | 1\\n2090010100\\n\\n100
        references one to a line         | 1001,1002,0,1004                 | 1001\\n1002\\n0\\n1004
        """)
    void aVariantReadsLikeTheSample(String name, String find, String replace, @TempDir Path dir) throws Exception {
        Path sample = VctSampleTest.resource("/land-survey-sample.vct");
        String text = Files.readString(sample, GBK);
        String from = find.strip().replace("\\n", "\n");
        assertThat(text).contains(from);
        Path variant = dir.resolve("variant.vct");
        Files.write(variant, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(
                replace.strip().replace("\\n", "\n"))).getBytes(GBK));
        VctFormatProvider p = new VctFormatProvider();
        try (LayerReader expected = p.openLayerReader(ReadContext.of(sample));
                LayerReader actual = p.openLayerReader(ReadContext.of(variant))) {
            assertThat(actual.layers()).isEqualTo(expected.layers());
            for (LayerSchema l : expected.layers()) {
                assertThat(VctSampleTest.read(actual, l.name())).as(l.name()).isEqualTo(VctSampleTest.read(expected,
                        l.name()));
            }
        }
    }

    @Test
    void theWriterWritesTheLayoutOfTheIndependentReaders(@TempDir Path dir) throws Exception {
        VctFormatProvider p = new VctFormatProvider();
        Path out = dir.resolve("plan.vct");
        SampleLayers gen = new SampleLayers(11);
        LayerSchema points = new LayerSchema("HWSS", GeometryKind.POINT,
                List.of(new FieldDef("MC", AttributeType.STRING, 30, 0)), SampleLayers.SCHEMA.crs());
        GeometryFactory f = new GeometryFactory();
        try (LayerWriter w = p.openLayerWriter(new WriteContext(out, FormatOptions.none(), (l, m) -> { }))) {
            LayerSink zones = w.createLayer(SampleLayers.SCHEMA);
            for (LayerRecord r : LongStream.rangeClosed(1, 40).mapToObj(gen::record).toList()) {
                zones.write(r);
            }
            LayerRecord last = gen.record(41);
            Polygon[] five = new Polygon[5];
            for (int i = 0; i < five.length; i++) {
                five[i] = (Polygon) f.toGeometry(new Envelope(39_500_000 + 20 * i, 39_500_010 + 20 * i, 3_450_000,
                        3_450_010));
            }
            zones.write(new LayerRecord(last.layer(), last.index(), last.fid(), f.createMultiPolygon(five),
                    last.attributes()));
            LayerSink sink = w.createLayer(points);
            sink.write(new LayerRecord("HWSS", 0, "9001", f.createPoint(new Coordinate(500250, 3450150)),
                    Attributes.builder(1).put("MC", AttributeValue.of("垃圾转运站")).build()));
            sink.write(new LayerRecord("HWSS", 1, "9002", f.createMultiPointFromCoords(new Coordinate[] {
                new Coordinate(500260, 3450160), new Coordinate(500270, 3450160)}),
                    Attributes.builder(1).put("MC", AttributeValue.of("a,b")).build()));
            w.finish();
        }
        String text = Files.readString(out, GBK);
        assertThat(text).contains("\nVersion:2.0\n").contains("\nParameters:117,,,,1,39500000,0,3,39\n")
                .contains("\nExtentMin:").doesNotContain("\nMinX:");
        assertThat(section(text, "TableStructure")).as("each table closed by 0").matches(
                "(?s)(?:[^\\n,]+,\\d+\\n(?:[^\\n]+,[^\\n]+\\n)+0\\n)+");
        String number = "-?[0-9.]+";
        String coordinate = number + "," + number + "\\n";
        String head = "\\d+\\n\\d+\\n(?:Unknown|MULTI)\\n";
        assertThat(section(text, "Point")).as("type 1 with one coordinate, type 4 with a count").matches(
                "(?:" + head + "(?:1\\n" + coordinate + "|4\\n\\d+\\n(?:" + coordinate + ")+)0\\n)+");
        assertThat(section(text, "Line")).as("type 1, the part count, segment type 11 before each part").matches(
                "(?:" + head + "1\\n\\d+\\n(?:11\\n\\d+\\n(?:" + coordinate + ")+)+0\\n)+");
        String polygons = section(text, "Polygon");
        assertThat(polygons).as("type 100, the label point, composition 21, the count, references").matches(
                "(?:" + head + "100\\n" + coordinate + "21\\n\\d+\\n(?:-?\\d+(?:,-?\\d+)*\\n)+0\\n)+");
        Matcher m = Pattern.compile("\\n21\\n(\\d+)\\n((?:-?\\d+(?:,-?\\d+)*\\n)+)0\\n").matcher(polygons);
        int multiLine = 0;
        while (m.find()) {
            String[] rows = m.group(2).split("\\n");
            int tokens = 0;
            for (String row : rows) {
                assertThat(row.split(",")).as("references 8 to a line").hasSizeLessThanOrEqualTo(8);
                tokens += row.split(",").length;
            }
            assertThat(tokens).as("the count counts the 0 between rings").isEqualTo(Integer.parseInt(m.group(1)));
            multiLine += rows.length > 1 ? 1 : 0;
        }
        assertThat(multiLine).as("the five-part polygon needs a second line of references").isPositive();
        assertThat(section(text, "Attribute")).as("plain text unquoted, text with the separator quoted")
                .contains("\n9001,垃圾转运站\n").contains("\n9002,\"a,b\"\n");
        try (LayerReader r = p.openLayerReader(ReadContext.of(out))) {
            List<LayerRecord> back = VctSampleTest.read(r, "HWSS");
            assertThat(back.get(0).geometry()).isInstanceOf(Point.class);
            assertThat(back.get(1).geometry().getNumGeometries()).isEqualTo(2);
            assertThat(back.get(1).attributes().get("MC")).contains(AttributeValue.of("a,b"));
            assertThat(VctSampleTest.read(r, SampleLayers.LAYER)).hasSize(41).last()
                    .satisfies(z -> assertThat(z.geometry().getNumGeometries()).isEqualTo(5));
        }
    }

    private static String section(String text, String name) {
        int from = text.indexOf(name + "Begin\n") + name.length() + 6;
        return text.substring(from, text.indexOf(name + "End\n", from)).replace("\n\n", "\n");
    }
}
