package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WriteContext;

/** What VCT cannot hold is refused with an error that says what to do, and no file is left behind. */
class VctWriterRefusalsTest {

    private static final LayerSchema POINTS = new LayerSchema("SS", GeometryKind.POINT,
            List.of(new FieldDef("MC", AttributeType.STRING, 20, 0)), CrsRef.CGCS2000);

    @Test
    void textGbkCannotEncodeIsRefusedNamingTheCharacter(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.vct");
        try (LayerWriter w = new VctFormatProvider().openLayerWriter(WriteContext.of(out))) {
            LayerSink sink = w.createLayer(POINTS);
            LayerRecord r = new LayerRecord("SS", 1, "1", new GeometryFactory().createPoint(new Coordinate(121, 31)),
                    Attributes.builder().put("MC", "设施\uD83C\uDFED").build());
            PlanexException e = catchThrowableOfType(PlanexException.class, () -> sink.write(r));
            assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
            assertThat(e.getReason()).contains("U+1F3ED").contains("encoding=UTF-8").contains("MC");
            assertThat(e.getLocation().record()).isEqualTo(1);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no file is left").isEmpty();
        }
    }

    @Test
    void aCrsTheHeaderCannotSayAndAMixedLayerAreRefused(@TempDir Path dir) throws Exception {
        try (LayerWriter w = new VctFormatProvider().openLayerWriter(WriteContext.of(dir.resolve("out.vct")))) {
            PlanexException crs = catchThrowableOfType(PlanexException.class, () -> w.createLayer(new LayerSchema(
                    "A", GeometryKind.POLYGON, List.of(), CrsRef.epsg(2326))));
            assertThat(crs.getReason()).contains("EPSG:2326").contains("--t-srs");
            PlanexException mixed = catchThrowableOfType(PlanexException.class, () -> w.createLayer(new LayerSchema(
                    "B", GeometryKind.GEOMETRY, List.of(), CrsRef.CGCS2000)));
            assertThat(mixed.getReason()).contains("GEOMETRY").contains("split the layer");
            w.createLayer(POINTS);
            PlanexException other = catchThrowableOfType(PlanexException.class, () -> w.createLayer(new LayerSchema(
                    "C", GeometryKind.POINT, List.of(), CrsRef.epsg(4549))));
            assertThat(other.getReason()).contains("one CRS");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no file is left").isEmpty();
        }
    }
}
