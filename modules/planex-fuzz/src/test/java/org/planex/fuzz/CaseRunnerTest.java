package org.planex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/** The harness itself: how cases are classified, the time bound, seeds that read and mutators that replay. */
class CaseRunnerTest {

    @Test
    void classifiesEveryEnding() {
        try (CaseRunner runner = new CaseRunner(Duration.ofMillis(300))) {
            assertThat(runner.run(() -> 3).verdict()).isEqualTo(Outcome.Verdict.READ);
            assertThat(runner.run(() -> {
                throw PlanexException.invalid(Location.of(Path.of("a.shp")).atRecord(2), "bad", null);
            }).verdict()).isEqualTo(Outcome.Verdict.REFUSED);
            assertThat(runner.run(() -> {
                throw PlanexException.invalid(Location.UNKNOWN, "bad", null);
            }).verdict()).isEqualTo(Outcome.Verdict.FAILED);
            assertThat(runner.run(() -> {
                throw new ArrayIndexOutOfBoundsException(7);
            }).detail()).contains("ArrayIndexOutOfBoundsException");
            assertThat(runner.run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }).failed()).isTrue();
        }
    }

    @Test
    void aHangFailsTheCaseAndTheNextCaseStillRuns() {
        try (CaseRunner runner = new CaseRunner(Duration.ofMillis(200))) {
            Outcome hang = runner.run(() -> {
                while (true) {
                    Thread.onSpinWait();
                }
            });
            assertThat(hang.failed()).isTrue();
            assertThat(hang.detail()).startsWith("hang");
            assertThat(runner.run(() -> 1).verdict()).isEqualTo(Outcome.Verdict.READ);
        }
    }

    @Test
    void everySeedReadsToTheEndAndEveryMutatorReplays(@TempDir Path dir) throws Exception {
        try (CaseRunner runner = new CaseRunner(CaseRunner.DEFAULT_TIMEOUT)) {
            for (FuzzTarget t : FuzzTargets.all()) {
                Path seedPath = t.seed().write(java.nio.file.Files.createDirectories(dir.resolve(t.reader())));
                Outcome seed = runner.run(t.driver(), seedPath);
                assertThat(seed.verdict()).as("%s seed: %s", t.reader(), seed.detail()).isEqualTo(Outcome.Verdict.READ);
                SeedFiles files = SeedFiles.load(seedPath);
                for (Mutator m : t.mutators()) {
                    SeedFiles a = m.apply(files, new SplittableRandom(42));
                    SeedFiles b = m.apply(files, new SplittableRandom(42));
                    assertThat(a.files().keySet()).as(m.name()).isEqualTo(b.files().keySet());
                    a.files().forEach((name, bytes) -> assertThat(Arrays.equals(b.file(name), bytes))
                            .as("%s replays %s", m.name(), name).isTrue());
                }
            }
        }
    }
}
