package org.planex.validate.cases.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.PlanexException;

class RuleCaseTestsTest {

    private static final String PLAN = """
            {"name": "one zone", "packages": [{"id": "P", "jurisdiction": {"code": "310001"}, "crs": 4549,
              "features": [{"kind": "zone", "id": "BOWTIE", "code": "0101",
                            "wkt": "POLYGON ((500000 3440000, 500100 3440100, 500100 3440000, 500000 3440100, 500000 3440000))"}]}],
             "cases": [
              {"name": "right", "rules": ["GEOM.INVALID"], "expect": [{"issue": "GEOM.INVALID", "features": ["BOWTIE"]}]},
              {"name": "wrong", "rules": ["GEOM.INVALID"], "expect": []}]}""";

    @Test
    void aFolderGivesOneTestPerCaseAndOnePerRefusedFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("geom"));
        Files.writeString(dir.resolve("geom/bow-tie.json"), PLAN);
        Files.writeString(dir.resolve("broken.json"), "{\"name\": 1, \"packages\": [], \"cases\": []}");
        List<DynamicTest> tests = RuleCaseTests.inFolder(dir).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(dir.resolve("broken.json")
                .toString(), dir.resolve("geom/bow-tie.json") + " › right", dir.resolve("geom/bow-tie.json")
                + " › wrong");
        assertThat(tests.get(1).getTestSourceUri()).contains(dir.resolve("geom/bow-tie.json").toUri());
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessage(dir.resolve("broken.json") + "!/name:1:10: expected string, found 1");
        assertThatCode(() -> tests.get(1).getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> tests.get(2).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(dir.resolve("geom/bow-tie.json") + " › wrong: 1 mismatch")
                .hasMessageContaining("extra issue: GEOM.INVALID error packages [P] features [BOWTIE]");
    }

    @Test
    void aMissingClasspathFolderIsRefusedWithWhereToPutTheCases() {
        assertThatThrownBy(() -> RuleCaseTests.onClasspath("no-such-cases")).isInstanceOf(PlanexException.class)
                .hasMessageContaining("put the case files under src/test/resources/no-such-cases");
    }
}
