package org.planex.validate.cases;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case under {@code src/test/resources/cases}, one test each, against the bundled rules. */
class BundledRuleCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        return RuleCaseRunner.standard().suite(CaseFiles.onClasspath(getClass().getClassLoader(), "cases")).stream()
                .map(c -> dynamicTest(c.name(), c.source(), c::run));
    }
}
