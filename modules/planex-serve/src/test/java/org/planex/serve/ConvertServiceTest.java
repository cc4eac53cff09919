package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /convert}: a package becomes a ZIP of GeoJSON layers, and a ZIP package again that validates as the original; the
 * temporary folder is empty afterwards.
 */
class ConvertServiceTest {

    @TempDir
    Path temp;

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void convertsAPackageToGeoJsonAndBack() throws Exception {
        try (ServeFixture serve = new ServeFixture(temp)) {
            HttpResponse<byte[]> geo = serve.client.send(serve.post("/convert?format=geojson", ServeFixture.multipartType(),
                    ServeFixture.multipart(List.of("qingpu.planex.zip"), List.of(ServeFixture.zip("qingpu")))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(geo.statusCode()).isEqualTo(200);
            assertThat(geo.headers().firstValue("Content-Disposition")).hasValue(
                    "attachment; filename=\"qingpu.geojson.zip\"");
            Map<String, byte[]> layers = unzip(geo.body());
            assertThat(layers).containsKeys("zones.geojson", "boundary.geojson", "corridors.geojson");
            JsonNode zones = ServeFixture.JSON.readTree(layers.get("zones.geojson"));
            assertThat(zones.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(zones.get("features").size()).isEqualTo(399);
            serve.assertNothingLeft();

            HttpResponse<byte[]> zip = serve.client.send(serve.post("/convert?format=planex", UploadSpool.ZIP,
                    ServeFixture.zip("qingpu")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            assertThat(zip.headers().firstValue("Content-Disposition")).hasValue(
                    "attachment; filename=\"package.planex.zip\"");
            HttpResponse<String> report = serve.send(serve.post("/validate", UploadSpool.ZIP, zip.body()));
            JsonNode pkg = ServeFixture.json(report).get("packages").get(0);
            assertThat(pkg.get("packageId").asText()).isEqualTo("CN-310118-YRD-2035");
            assertThat(pkg.get("features").asInt()).isEqualTo(404);
            serve.assertNothingLeft();
        }
    }
}
