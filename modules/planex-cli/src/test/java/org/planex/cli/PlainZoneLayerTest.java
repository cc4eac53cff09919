package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.model.AttributeType;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;

/**
 * A plain zone layer (one zones.shp, no boundary layer, no stored header) converted to layers, whose output
 * schema follows from the input's (one pass), and back: every zone, id, code, value and geometry is kept, and
 * the text fields are as wide as the input declares them (the id field is wider: ids of records with an
 * empty id are made from the layer name and the record number).
 */
class PlainZoneLayerTest {

    @ParameterizedTest
    @ValueSource(strings = {"zones.gpkg", "out-shp"})
    void aPlainZoneLayerSurvivesLayersAndBack(String output, @TempDir Path dir) throws IOException {
        Path local = dir.resolve("local");
        CliRun out = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", local.toString(), "-f", "shapefile");
        assertThat(out.exitCode()).as(out.err()).isZero();
        Path plain = Files.createDirectories(dir.resolve("plain"));
        try (Stream<Path> files = Files.list(local)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("zones.")).toList()) {
                Files.copy(f, plain.resolve(f.getFileName()));
            }
        }
        Path zones = plain.resolve("zones.shp");
        Path converted = dir.resolve(output);
        CliRun to = CliRun.of("convert", zones.toString(), "-o", converted.toString(), "-f",
                output.endsWith(".gpkg") ? "geopackage" : "shapefile", "--layer-role", "zones=zones",
                "--jurisdiction", "310118");
        assertThat(to.exitCode()).as(to.err()).isZero();
        Path back = dir.resolve("back.planex.zip");
        CliRun in = CliRun.of("convert", converted.toString(), "-o", back.toString(), "--layer-role", "zones=zones",
                "--jurisdiction", "310118");
        assertThat(in.exitCode()).as(in.err()).isZero();

        Map<String, PlanFeature> before = ProfileRoundTripTest.features(ExampleTest.EXAMPLE);
        before.values().removeIf(f -> f.kind() != FeatureKind.ZONE);
        Map<String, PlanFeature> after = ProfileRoundTripTest.features(back);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (String id : before.keySet()) {
            assertThat(after.get(id)).as(id).isEqualTo(before.get(id));
        }
        if (!output.endsWith(".gpkg")) {
            LayerSchema input = schema(plain);
            LayerSchema written = schema(converted);
            for (FieldDef f : input.fields()) {
                if (f.type() == AttributeType.STRING && !f.name().equals("id")) {
                    assertThat(written.fields()).as(f.name()).contains(f);
                }
            }
        }
    }

    private static LayerSchema schema(Path folder) throws IOException {
        try (LayerReader r = new ShapefileFormatProvider().openLayerReader(ReadContext.of(folder))) {
            return r.layers().stream().filter(l -> l.name().equals("zones")).findFirst().orElseThrow();
        }
    }
}
