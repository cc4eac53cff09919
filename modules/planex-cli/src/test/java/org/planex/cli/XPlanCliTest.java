package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XPlanGML format is built in: listed by {@code formats} as read only, a Flaechennutzungsplan converts to a
 * package that validates without errors, and the curved Bebauungsplan shows the gap its arc leaves.
 */
class XPlanCliTest {

    /** The test plans of planex-format-xplan. */
    static final Path PLANS = ExampleTest.ROOT.resolve(
            "modules/planex-format-xplan/src/test/resources/org/planex/format/xplan");

    @Test
    void formatsListsXPlanAsReadOnly() {
        CliRun formats = CliRun.of("formats");
        assertThat(formats.out()).containsPattern("xplan +r- +plan +xplan.gml,xplan.zip,gml,zip +XPlanGML 5.x / 6.0");
        assertThat(formats.exitCode()).isZero();
    }

    @Test
    void aFlaechennutzungsplanConvertsToAPackageThatValidates(@TempDir Path dir) {
        Path pkg = dir.resolve("koeln.planex.zip");
        CliRun convert = CliRun.of("convert", PLANS.resolve("fp-5.4.xplan.gml").toString(), "-o", pkg.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).contains("(xplan)").contains("7 zone, 1 controlArea");
        assertThat(convert.err()).contains("XPlanGML FP_VerEntsorgung: 1 feature not read");
        assertThat(Files.exists(pkg)).isTrue();
        CliRun validate = CliRun.of("validate", pkg.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("0 errors");
        CliRun info = CliRun.of("info", pkg.toString());
        assertThat(info.out()).contains("05315000").contains("de-xplan-artdernutzung");
    }

    @Test
    void theArcOfTheBebauungsplanLeavesAGapThatValidationFinds(@TempDir Path dir) {
        Path pkg = dir.resolve("bp.planex.zip");
        CliRun convert = CliRun.of("convert", PLANS.resolve("bp-5.4.xplan.gml").toString(), "-o", pkg.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        CliRun validate = CliRun.of("validate", pkg.toString());
        assertThat(validate.exitCode()).isEqualTo(3);
        assertThat(validate.out()).containsPattern("TOPO.GAP .* no zone covers 671 m2");
    }
}
