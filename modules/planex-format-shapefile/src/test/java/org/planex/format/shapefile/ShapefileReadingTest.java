package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;

/** Reading behaviour on the shared test data and on damaged copies of it. */
class ShapefileReadingTest {

    private final Path data = ShapefileTestData.shapefiles();
    private final Path geotools = data.resolve("geotools/sample-data-shapes");

    @Test
    void chinesePolyWithoutCpgReadsAsGbkByDefault() throws IOException {
        assertThat(Files.exists(geotools.resolve("chinese_poly.cpg"))).isFalse();
        List<ShapefileTestData.Layer> layers = ShapefileTestData.readAll(geotools.resolve("chinese_poly.shp"));
        LayerRecord r = layers.get(0).records().get(0);
        assertThat(r.attributes().get("NAME")).contains(AttributeValue.of("黑龙江省"));
        assertThat(r.attributes().get("ADCODE93")).contains(AttributeValue.of(230000L));
        assertThat(layers.get(0).schema().crs()).isEqualTo(CrsRef.WGS84);
    }

    @Test
    void encodingOptionOverridesEverything() throws IOException {
        List<ShapefileTestData.Layer> layers = ShapefileTestData.readAll(geotools.resolve("chinese_poly.shp"),
                Map.of("encoding", "ISO-8859-1"), new ArrayList<>());
        String name = layers.get(0).records().get(0).attributes().get("NAME").orElseThrow().lexical();
        assertThat(name).isNotEqualTo("黑龙江省").hasSize(8);
    }

    @Test
    void cpgWinsOverLanguageDriver() throws IOException {
        List<ShapefileTestData.Layer> layers = ShapefileTestData.readAll(geotools.resolve("rus-windows-1251.shp"));
        String text = layers.get(0).records().stream().flatMap(r -> r.attributes().asMap().values().stream())
                .filter(v -> v.type() == AttributeType.STRING && v.lexical() != null).map(AttributeValue::lexical)
                .reduce("", String::concat);
        assertThat(text).containsPattern("[А-Яа-я]");
    }

    @Test
    void deletedRecordsAreSkipped() throws IOException {
        Path dir = data.resolve("geotools/shapefile-plugin-test-data/deleted");
        List<LayerRecord> records = ShapefileTestData.readAll(dir.resolve("archsites.shp")).get(0).records();
        assertThat(records).hasSize(25 - 4);
        assertThat(records).extracting(LayerRecord::index).doesNotHaveDuplicates().allMatch(i -> i >= 1 && i <= 25);
    }

    @Test
    void missingShxIsRebuiltFromTheShp(@TempDir Path dir) throws IOException {
        for (String ext : List.of("shp", "dbf", "prj")) {
            Files.copy(geotools.resolve("statepop." + ext), dir.resolve("statepop." + ext));
        }
        List<String> warnings = new ArrayList<>();
        List<LayerRecord> rebuilt = ShapefileTestData.readAll(dir, Map.of(), warnings).get(0).records();
        List<LayerRecord> indexed = ShapefileTestData.readAll(geotools.resolve("statepop.shp")).get(0).records();
        assertThat(rebuilt).hasSize(49).isEqualTo(indexed);
        assertThat(warnings).anyMatch(w -> w.contains("no .shx index"));
    }

    @Test
    void junkAfterTheLastRecordIsIgnoredWithAWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<ShapefileTestData.Layer> layers = ShapefileTestData.readAll(geotools.resolve("extraAtEnd.shp"), Map.of(), warnings);
        assertThat(layers.get(0).records()).hasSize(3);
        assertThat(warnings).anyMatch(w -> w.contains("ignored 80 bytes"));
    }

    @Test
    void pyshpCorruptTooLongReadsByTheHeaders() throws IOException {
        Path shp = data.resolve("pyshp/tests/shapefiles/corrupt_too_long.shp");
        assertThat(ShapefileTestData.readAll(shp).get(0).records()).hasSize(10);
    }

    @Test
    void corruptRecordIsAnErrorNamingItsRecordNumber(@TempDir Path dir) throws IOException {
        for (String ext : List.of("shp", "shx", "dbf")) {
            Files.copy(geotools.resolve("statepop." + ext), dir.resolve("statepop." + ext));
        }
        Path shp = dir.resolve("statepop.shp");
        byte[] bytes = Files.readAllBytes(shp);
        ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("statepop.shx")));
        int offset = shx.order(ByteOrder.BIG_ENDIAN).getInt(100 + 8 * 6) * 2;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset + 8 + 36, 99_999_999);
        Files.write(shp, bytes);
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> ShapefileTestData.readAll(dir));
        ShapefileTestData.assertRefused(e);
        assertThat(e.getLocation().record()).isEqualTo(7);
        assertThat(e.getLocation().file()).isEqualTo(shp);
        assertThat(e.getMessage()).contains("record 7").contains("corrupt shape record");
    }

    @Test
    void htmlInPrjOrCpgIsRefusedWithOneLine() {
        Path js = data.resolve("shapefile-js/test/data");
        PlanexException prj = catchThrowableOfType(PlanexException.class,
                () -> ShapefileTestData.readAll(js.resolve("htmlprj.shp")));
        ShapefileTestData.assertRefused(prj);
        assertThat(prj.getMessage()).contains("htmlprj.prj").contains(".prj file is not a WKT").contains("HTML");
        PlanexException cpg = catchThrowableOfType(PlanexException.class,
                () -> ShapefileTestData.readAll(js.resolve("htmlcpg.shp")));
        ShapefileTestData.assertRefused(cpg);
        assertThat(cpg.getMessage()).contains("htmlcpg.cpg").contains("HTML");
    }

    @Test
    void garbageBytesAreRefused() {
        PlanexException e = catchThrowableOfType(PlanexException.class,
                () -> ShapefileTestData.readAll(data.resolve("shapefile-js/test/data/bad.shp")));
        ShapefileTestData.assertRefused(e);
        assertThat(e.getMessage()).contains("not a shapefile");
    }

    @Test
    void zipWithMixedCaseNamesReadsLikeTheFolder() throws IOException {
        Path js = data.resolve("shapefile-js/test/data");
        List<ShapefileTestData.Layer> zipped = ShapefileTestData.readAll(js.resolve("mixedcase.zip"));
        List<ShapefileTestData.Layer> plain = ShapefileTestData.readAll(js.resolve("senate.shp"));
        assertThat(zipped.get(0).schema().fields()).isEqualTo(plain.get(0).schema().fields());
        assertThat(zipped.get(0).records()).hasSize(40).isEqualTo(plain.get(0).records());
    }

    @Test
    void zipSlipEntryIsRefusedAsUnsafe(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../evil.shp"));
            z.write(Files.readAllBytes(geotools.resolve("pointtest.shp")));
            z.closeEntry();
        }
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> ShapefileTestData.readAll(zip));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(dir.getParent().getParent().resolve("evil.shp")).doesNotExist();
    }

    @Test
    void zipBombEntryIsRefusedAsUnsafe(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bomb.shp"));
            Files.copy(geotools.resolve("pointtest.shp"), z);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("bomb.dbf"));
            z.write(new byte[8 << 20]);
            z.closeEntry();
        }
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> ShapefileTestData.readAll(zip));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getMessage()).contains("bomb.dbf").contains("compressed more than 100 times");
    }

    @Test
    void probeLooksInsideFoldersAndArchives(@TempDir Path dir) throws IOException {
        ShapefileFormatProvider p = new ShapefileFormatProvider();
        Path js = data.resolve("shapefile-js/test/data");
        assertThat(p.probe(ProbeInput.of(js))).isEqualTo(ProbeResult.SUPPORTED);
        assertThat(p.probe(ProbeInput.of(js.resolve("utf.zip")))).isEqualTo(ProbeResult.SUPPORTED);
        assertThat(p.probe(ProbeInput.of(js.resolve("noshp.zip")))).isEqualTo(ProbeResult.UNSUPPORTED);
        assertThat(p.probe(ProbeInput.of(js.resolve("senate.shp")))).isEqualTo(ProbeResult.SUPPORTED);
        assertThat(p.probe(ProbeInput.of(js.resolve("bad.shp")))).isEqualTo(ProbeResult.UNSUPPORTED);
        assertThat(p.probe(ProbeInput.of(js.resolve("senate.dbf")))).isEqualTo(ProbeResult.UNSUPPORTED);
        assertThat(p.probe(ProbeInput.of(data.resolve("geotools")))).isEqualTo(ProbeResult.UNSUPPORTED);
        Path tiny = Files.write(dir.resolve("tiny.shp"), new byte[] {0, 0, 39, 10});
        assertThat(p.probe(ProbeInput.of(tiny))).isEqualTo(ProbeResult.INSUFFICIENT_BYTES);
    }

    @Test
    void polygonWithHoleIsAssembledByOrientationAndContainment() throws IOException {
        List<LayerRecord> records = ShapefileTestData.readAll(data.resolve("mbostock-shapefile/test/polygons.shp"))
                .get(0).records();
        assertThat(records.get(1).geometry().getGeometryType()).isEqualTo("Polygon");
        assertThat(((org.locationtech.jts.geom.Polygon) records.get(1).geometry()).getNumInteriorRing()).isEqualTo(1);
        assertThat(records.get(2).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(records).allMatch(r -> r.geometry().isValid());
    }

    @Test
    void zValuesAreKeptAndMDropped() throws IOException {
        Path mz = data.resolve("geotools/shapefile-plugin-test-data/mzvalues");
        LayerRecord z = ShapefileTestData.readAll(mz.resolve("pointZ.shp")).get(0).records().get(0);
        assertThat(z.geometry().getCoordinate().getZ()).isFinite();
        LayerRecord m = ShapefileTestData.readAll(mz.resolve("pointM.shp")).get(0).records().get(0);
        assertThat(m.geometry().getCoordinate().getZ()).isNaN();
    }
}
