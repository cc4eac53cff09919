package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatProvider;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;

/** Registration, descriptor and probing of the GeoJSON provider. */
class GeoJsonFormatProviderTest {

    @TempDir
    Path dir;

    @Test
    void isRegisteredAsAService() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(GeoJsonFormatProvider.class);
        var d = new GeoJsonFormatProvider().descriptor();
        assertThat(d.id()).isEqualTo("geojson");
        assertThat(d.dataModel()).isEqualTo(DataModel.LAYERS);
        assertThat(d.capabilities()).containsExactlyInAnyOrder(Capability.READ, Capability.WRITE);
        assertThat(d.matchingSuffix("a.GEOJSONS")).isEqualTo("geojsons");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a.geojson | {\"type\": \"FeatureCollection\", \"features\": [] } | SUPPORTED",
        "a.json | \uFEFF  {\"name\":\"x\",\"crs\":{},\"type\" :\"FeatureCollection\"} | SUPPORTED",
        "a.json | {\"type\":\"Feature\",\"properties\":{}} | SUPPORTED",
        "a.geojsons | \u001E{\"type\":\"Feature\",\"geometry\":null} | SUPPORTED",
        "a.json | {\"name\":\"package.json\",\"version\":\"1.0\"} | UNSUPPORTED",
        "a.json | [1,2,3] | UNSUPPORTED",
        "a.gpkg | SQLite format 3 | UNSUPPORTED"})
    void probesTheFirstBytes(String name, String content, ProbeResult expected) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        assertThat(new GeoJsonFormatProvider().probe(ProbeInput.of(file))).isEqualTo(expected);
    }

    @Test
    void aFolderIsNotGeoJson() throws Exception {
        assertThat(new GeoJsonFormatProvider().probe(ProbeInput.of(dir))).isEqualTo(ProbeResult.UNSUPPORTED);
    }
}
