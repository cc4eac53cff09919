package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WriteContext;

/** Field names, text widths, encodings and failure handling of the writer. */
class ShapefileWritingTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final ShapefileFormatProvider provider = new ShapefileFormatProvider();

    private LayerWriter open(Path target, String encoding, List<String> warnings) throws PlanexException {
        FormatOptions o = FormatOptions.parse(provider.descriptor().options(), Map.of("encoding", encoding));
        return provider.openLayerWriter(new WriteContext(target, o, (l, m) -> warnings.add(l + ": " + m)));
    }

    private LayerRecord point(LayerSchema schema, long i, Attributes a) {
        return new LayerRecord(schema.name(), i, null, factory.createPoint(new Coordinate(i, i)), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-8"})
    void longFieldNamesAreShortenedUniquelyReportedAndRestored(String encoding, @TempDir Path dir)
            throws IOException {
        List<FieldDef> fields = List.of(FieldDef.of("PlanningAuthorityName", AttributeType.STRING),
                FieldDef.of("PlanningAuthorityCode", AttributeType.STRING),
                FieldDef.of("规划用地性质代码", AttributeType.STRING), FieldDef.of("规划用地性质名称", AttributeType.STRING));
        LayerSchema schema = new LayerSchema("zones", GeometryKind.POINT, fields, null);
        List<String> warnings = new ArrayList<>();
        Path out = dir.resolve("out");
        try (LayerWriter w = open(out, encoding, warnings)) {
            LayerSink sink = w.createLayer(schema);
            sink.write(point(schema, 1, Attributes.builder().put("PlanningAuthorityName", "规划局")
                    .put("PlanningAuthorityCode", "320509").put("规划用地性质代码", "0701").put("规划用地性质名称", "住宅")
                    .build()));
            w.finish();
        }
        Charset cs = Charset.forName(encoding);
        List<String> shortNames;
        try (DbfReader dbf = DbfReader.open(out.resolve("zones.dbf"), Location.UNKNOWN)) {
            shortNames = dbf.readFields(cs, (l, m) -> { }).stream().map(DbfField::name).toList();
        }
        assertThat(shortNames).doesNotHaveDuplicates()
                .allMatch(n -> n.getBytes(cs).length <= DbfFieldPlanner.MAX_NAME_BYTES);
        assertThat(shortNames.get(0)).isEqualTo("PlanningAu");
        assertThat(shortNames.get(1)).isEqualTo("Planning_2");
        assertThat(shortNames.get(2)).isEqualTo(encoding.equals("GBK") ? "规划用地性" : "规划用");
        assertThat(warnings).hasSize(4).anyMatch(w -> w.contains("'PlanningAuthorityCode'")
                && w.contains("'Planning_2'"));
        List<ShapefileTestData.Layer> back = ShapefileTestData.readAll(out);
        assertThat(back.get(0).schema().fields()).extracting(FieldDef::name)
                .containsExactly("PlanningAuthorityName", "PlanningAuthorityCode", "规划用地性质代码", "规划用地性质名称");
        assertThat(back.get(0).records().get(0).attributes().get("规划用地性质名称")).contains(AttributeValue.of("住宅"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-8", "GB18030"})
    void textIsCutOnlyAtCharacterBoundaries(String encoding, @TempDir Path dir) throws IOException {
        Charset cs = Charset.forName(encoding);
        LayerSchema schema = new LayerSchema("t", GeometryKind.POINT,
                List.of(new FieldDef("NAME", AttributeType.STRING, 2, 0)), null);
        int width = (int) Math.ceil(2 * cs.newEncoder().maxBytesPerChar());
        String[] values = {"a黑龙江省", "黑龙江省", "ab黑", cs.newEncoder().canEncode("😀") ? "x😀yz" : "xy龍z",
            "abcdefghijk"};
        List<String> warnings = new ArrayList<>();
        Path out = dir.resolve("out");
        try (LayerWriter w = open(out, encoding, warnings)) {
            LayerSink sink = w.createLayer(schema);
            for (int i = 0; i < values.length; i++) {
                sink.write(point(schema, i + 1, Attributes.builder().put("NAME", values[i]).build()));
            }
            w.finish();
        }
        byte[] dbf = Files.readAllBytes(out.resolve("t.dbf"));
        int header = 32 + 32 + 1;
        for (int i = 0; i < values.length; i++) {
            int at = header + i * (1 + width) + 1;
            int end = at + width;
            while (end > at && dbf[end - 1] == ' ') {
                end--;
            }
            String decoded = strictDecode(cs, dbf, at, end - at);
            assertThat(values[i]).as("record %d in %s", i + 1, encoding).startsWith(decoded);
            String next = values[i].substring(decoded.length());
            if (!next.isEmpty()) {
                int nextChar = new String(Character.toChars(next.codePointAt(0))).getBytes(cs).length;
                assertThat(end - at + nextChar).as("the cut keeps every character that fits").isGreaterThan(width);
            }
        }
        assertThat(warnings).anyMatch(w -> w.contains("cut at a character boundary"));
    }

    private static String strictDecode(Charset cs, byte[] b, int at, int length) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, at, length)).toString();
    }

    @Test
    void characterMissingFromTheCharsetIsAnErrorWithTheRecord(@TempDir Path dir) throws IOException {
        LayerSchema schema = new LayerSchema("t", GeometryKind.POINT, List.of(FieldDef.of("NAME", AttributeType.STRING)),
                null);
        Path out = dir.resolve("out.zip");
        try (LayerWriter w = open(out, "GBK", new ArrayList<>())) {
            LayerSink sink = w.createLayer(schema);
            sink.write(point(schema, 1, Attributes.builder().put("NAME", "黑龙江").build()));
            PlanexException e = catchThrowableOfType(PlanexException.class,
                    () -> sink.write(point(schema, 2, Attributes.builder().put("NAME", "emoji 😀").build())));
            assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
            assertThat(e.getLocation().record()).isEqualTo(2);
            assertThat(e.getMessage()).contains("U+1F600").contains("GBK").doesNotContain("\n");
        }
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary files are left").isEmpty();
        }
    }

    @Test
    void geometryOfTheWrongTypeIsRefused(@TempDir Path dir) throws IOException {
        LayerSchema schema = new LayerSchema("p", GeometryKind.POLYGON, List.of(), null);
        try (LayerWriter w = open(dir.resolve("out"), "UTF-8", new ArrayList<>())) {
            LayerSink sink = w.createLayer(schema);
            PlanexException e = catchThrowableOfType(PlanexException.class,
                    () -> sink.write(point(schema, 1, Attributes.empty())));
            assertThat(e.getMessage()).contains("Point cannot be written to layer p");
        }
    }

    @Test
    void replacesAnExistingFolderAsAWholeOnlyOnFinish(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("existing"));
        Files.writeString(out.resolve("keep.txt"), "x");
        LayerSchema schema = new LayerSchema("pts", GeometryKind.GEOMETRY,
                List.of(new FieldDef("N", AttributeType.INTEGER, 5, 0)), CrsRef.epsg(2326));
        try (LayerWriter w = open(out, "UTF-8", new ArrayList<>())) {
            LayerSink sink = w.createLayer(schema);
            sink.write(point(schema, 1, Attributes.builder().put("N", 7).build()));
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("keep.txt");
            }
            w.finish();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("the old folder is replaced, not merged into").extracting(p -> p.getFileName()
                    .toString()).containsExactlyInAnyOrder("pts.shp", "pts.shx", "pts.dbf", "pts.prj", "pts.cpg");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary folder left").extracting(p -> p.getFileName().toString())
                    .containsExactly("existing");
        }
        assertThat(Files.readString(out.resolve("pts.cpg"))).isEqualTo("UTF-8");
        List<ShapefileTestData.Layer> back = ShapefileTestData.readAll(out);
        assertThat(back.get(0).schema().crs()).isEqualTo(CrsRef.epsg(2326));
        assertThat(back.get(0).schema().geometryKind()).isEqualTo(GeometryKind.POINT);
        assertThat(back.get(0).records().get(0).attributes().get("N")).contains(AttributeValue.of(7L));
    }

    @Test
    void sparseWideTableInAZipIsStillReadable(@TempDir Path dir) throws IOException {
        List<FieldDef> fields = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            fields.add(FieldDef.of("NOTE" + f, AttributeType.STRING));
        }
        LayerSchema schema = new LayerSchema("sparse", GeometryKind.POINT, fields, null);
        Path out = dir.resolve("sparse.zip");
        try (LayerWriter w = open(out, "UTF-8", new ArrayList<>())) {
            LayerSink sink = w.createLayer(schema);
            for (int i = 1; i <= 5000; i++) {
                sink.write(point(schema, i, Attributes.empty()));
            }
            w.finish();
        }
        List<ShapefileTestData.Layer> back = ShapefileTestData.readAll(out);
        assertThat(back.get(0).records()).hasSize(5000)
                .allMatch(r -> r.attributes().asMap().values().stream().allMatch(v -> v.lexical() == null));
    }
}
