package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A region validation tells on standard error how it advances, one line per plan and per pair off a terminal. */
class ValidationProgressTest {

    private static final Path YRD = ExampleTest.ROOT.resolve("examples").resolve("yrd-demo-zone");

    private static String[] validate(String... extra) {
        String[] base = {"validate", YRD.resolve("qingpu").toString(), YRD.resolve("wujiang").toString(),
            YRD.resolve("jiashan").toString(), "--report", "json"};
        String[] all = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void threePlansGiveALinePerPlanAndPerAdjacentPair() {
        CliRun run = CliRun.of(validate());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("[1/3] ", "[2/3] ", "[3/3] ", "checking 3 pairs of plans whose extents meet")
                .containsPattern("\\[pair \\d/3\\] [^|]+ \\| [^:]+: \\d+ issues \\(\\d+ so far\\)");
        assertThat(run.out()).startsWith("{").doesNotContain("[1/3]");
    }

    @Test
    void quietOrAPairShowsNothing() {
        assertThat(CliRun.of(validate("--quiet")).err()).isEmpty();
        CliRun pair = CliRun.of("validate", YRD.resolve("qingpu").toString(), YRD.resolve("wujiang").toString(),
                "--report", "json");
        assertThat(pair.err()).isEmpty();
    }
}
