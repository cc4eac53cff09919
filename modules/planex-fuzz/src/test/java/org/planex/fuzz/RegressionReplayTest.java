package org.planex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every kept crash input under {@code src/test/resources/regressions/<reader>/}: each must now end as
 * a read or a located refusal, never as a failure.
 */
class RegressionReplayTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "regressions");

    @TestFactory
    Stream<DynamicTest> everyKeptCrashIsFixed() throws IOException {
        Stream.Builder<DynamicTest> tests = Stream.builder();
        for (FuzzTarget target : FuzzTargets.all()) {
            for (Path caseDir : RegressionCases.of(ROOT, target.reader())) {
                tests.add(DynamicTest.dynamicTest(target.reader() + "/" + caseDir.getFileName(), () -> {
                    try (CaseRunner runner = new CaseRunner(CaseRunner.DEFAULT_TIMEOUT)) {
                        Outcome outcome = runner.run(target.driver(), RegressionCases.input(caseDir));
                        assertThat(outcome.failed()).as("%s: %s", caseDir, outcome.describe()).isFalse();
                    }
                }));
            }
        }
        return tests.build();
    }
}
