package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.PlanHeader;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleHeaders;
import org.planex.testkit.SampleLayers;
import org.planex.xml.PlanXmlReader;
import org.planex.xml.PlanXmlWriter;

/**
 * The three stored forms of the plan header (plan.xml through the XML binding, the {@code plan.planex-header}
 * sidecar of shapefile and GeoJSON folders, a GeoPackage's {@code planex_metadata} and {@code planex_boundary})
 * give back an {@code equals} header with every field set ({@link SampleHeaders#everyField()}: names in three
 * languages, neighbours, attachments, typed dates, a multipolygon boundary with a hole, CGCS2000 GK zone 40).
 */
class PlanHeaderFormsTest {

    @TempDir
    Path dir;

    @Test
    void planXmlGivesBackAnEqualHeader() throws Exception {
        PlanHeader h = SampleHeaders.everyField();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Location where = Location.of(dir.resolve("plan.xml"));
        PlanXmlWriter w = new PlanXmlWriter(out, where);
        w.begin(h);
        w.end();
        try (PlanXmlReader r = new PlanXmlReader(new ByteArrayInputStream(out.toByteArray()), where,
                new GeometryFactory())) {
            assertThat(r.header()).isEqualTo(h);
            assertThat(r.header().jurisdiction().names().keySet()).containsExactly("zh", "en", "zh-Hant");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"shapefile, shp", "geojson, geojson", "geopackage, plan.gpkg"})
    void layeredFormatsGiveBackAnEqualHeader(String format, String target) throws Exception {
        PlanHeader h = SampleHeaders.everyField();
        FormatProvider provider = FormatRegistry.load().find(format).orElseThrow();
        Path file = dir.resolve(target);
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(h);
            w.createLayer(SampleLayers.SCHEMA).write(new SampleLayers(7).record(1));
            w.finish();
        }
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file))) {
            assertThat(r.planHeader()).contains(h);
        }
        if (Files.isDirectory(file)) {
            assertThat(Files.readString(file.resolve("plan.planex-header"))).isEqualTo(PlanHeaderText.toText(h));
        }
    }
}
