package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The YRD example as each agency holds it (GBK shapefiles with cn-plan-db, a GeoPackage with the generic
 * profile, GeoJSON files with a Zhejiang profile file) validates to the same issues as the packages.
 */
class YrdLocalFormatsTest {

    static final Path YRD = ExampleTest.ROOT.resolve("examples/yrd-demo-zone");

    @Test
    void threeLocalFormatsAndProfilesGiveTheExpectedReport() throws Exception {
        Path local = YRD.resolve("local");
        CliRun run = CliRun.of("validate", local.resolve("qingpu-shp").toString(), local.resolve("wujiang.gpkg").toString(),
                local.resolve("jiashan-geojson") + "=" + local.resolve("zhejiang.profile.json"), "--report", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> actual = issues(json.readTree(run.out()));
        List<JsonNode> expected = issues(json.readTree(YRD.resolve("expected-report.json").toFile()));
        assertThat(actual).hasSameSizeAs(expected).hasSize(7);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode a = actual.get(i);
            JsonNode e = expected.get(i);
            assertThat(a.get("rule").asText()).isEqualTo(e.get("rule").asText());
            assertThat(ids(a)).isEqualTo(ids(e));
            e.get("measures").fieldNames().forEachRemaining(m -> assertThat(a.get("measures").get(m).asDouble())
                    .as("%s %s", e.get("rule").asText(), m).isCloseTo(e.get("measures").get(m).asDouble(),
                            within(Math.max(0.01, 0.01 * Math.abs(e.get("measures").get(m).asDouble())))));
        }
    }

    private static List<JsonNode> issues(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.get("issues").forEach(out::add);
        out.sort((x, y) -> (x.get("rule").asText() + ids(x)).compareTo(y.get("rule").asText() + ids(y)));
        return out;
    }

    private static String ids(JsonNode issue) {
        TreeSet<String> ids = new TreeSet<>();
        issue.get("features").forEach(f -> ids.add(f.asText()));
        issue.get("packages").forEach(p -> ids.add(p.asText()));
        return ids.toString();
    }
}
