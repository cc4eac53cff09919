package org.planex.validate.cases.junit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.planex.spi.PlanexException;
import org.planex.validate.cases.CaseFiles;
import org.planex.validate.cases.CaseSource;
import org.planex.validate.cases.RuleCaseRunner;

/**
 * JUnit 5 tests from rule case files: one dynamic test per case, named {@code file › case} and linked to its
 * file; a malformed file is one failing test with the file, JSON pointer and line. The rules are those on the
 * test class path (the bundled ones and the plugin's own).
 *
 * <pre>{@code
 * class FacilitySpacingCasesTest {
 *     @TestFactory
 *     Stream<DynamicTest> cases() throws PlanexException {
 *         return RuleCaseTests.onClasspath("cases");
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class RuleCaseTests {

    private RuleCaseTests() {
    }

    /**
     * The cases under a class-path folder (usually {@code cases}, from {@code src/test/resources/cases}).
     *
     * @throws PlanexException if no class-path root has the folder
     */
    public static Stream<DynamicTest> onClasspath(String folder) throws PlanexException {
        return of(RuleCaseRunner.standard(), CaseFiles.onClasspath(Thread.currentThread().getContextClassLoader(),
                folder));
    }

    /**
     * The cases under a file-system folder.
     *
     * @throws PlanexException if the folder cannot be read
     */
    public static Stream<DynamicTest> inFolder(Path folder) throws PlanexException {
        return of(RuleCaseRunner.standard(), CaseFiles.inFolder(folder));
    }

    /** The cases of the given files, run by the given runner (for a catalog of chosen rules). */
    public static Stream<DynamicTest> of(RuleCaseRunner runner, List<CaseSource> sources) {
        return runner.suite(sources).stream().map(c -> dynamicTest(c.name(), c.source(), c::run));
    }
}
