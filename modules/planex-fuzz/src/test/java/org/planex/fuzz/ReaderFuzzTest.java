package org.planex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded fuzz campaign of the build: {@value #DEFAULT_CASES} seeded cases per reader unless the system
 * property {@code fuzz.cases} or the environment variable {@code FUZZ_CASES} says otherwise ({@code fuzz.reader}
 * limits it to one reader, {@code fuzz.seed} changes the base seed). Every reader must read each case to the end
 * or refuse it with a located PlanexException; per-reader figures go to {@code target/fuzz-summary.txt}.
 */
class ReaderFuzzTest {

    static final int DEFAULT_CASES = 500;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesItsMutations() {
        int cases = Integer.parseInt(setting("fuzz.cases", "FUZZ_CASES", Integer.toString(DEFAULT_CASES)));
        long seed = Long.parseLong(setting("fuzz.seed", "FUZZ_SEED", "20261203"));
        String only = setting("fuzz.reader", "FUZZ_READER", "");
        return FuzzTargets.all().stream().filter(t -> only.isEmpty() || t.reader().equals(only))
                .map(t -> DynamicTest.dynamicTest(t.reader(), () -> {
                    Campaign.Result result = new Campaign(t, seed, work.resolve(t.reader()),
                            Path.of("target", "fuzz-failures")).run(cases);
                    report(result);
                    assertThat(result.cases()).isEqualTo(cases);
                    assertThat(result.failures()).as("failures of %s (inputs kept under target/fuzz-failures):%n%s",
                            t.reader(), result.failures().stream().limit(10).map(f -> "case " + f.caseNumber() + " ["
                                    + f.mutators() + "] " + f.detail()).collect(Collectors.joining("\n"))).isEmpty();
                }));
    }

    private static void report(Campaign.Result result) throws IOException {
        System.out.println("fuzz: " + result.line());
        Path summary = Path.of("target", "fuzz-summary.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, result.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
