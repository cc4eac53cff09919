package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.core.registry.FormatRegistry;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.report.ReportFormat;

/** The report does not depend on how many threads the engine uses. */
class ParallelValidationTest {

    private static final double CELL = 40;
    private static final int CELLS = 36;
    private static final String[] CODES = {"0101", "0103", "0201", "070101", "1001", "1207", "1401"};

    /**
     * Two neighbours of 36 x 36 zones each (2,593 in all): the eastern plan overlaps the western one by 15 m in the
     * south half of the border and leaves a 5 m gap in the north half; inside the western plan one zone is missing
     * (a gap) and one overlaps its neighbour.
     */
    private static List<LoadedPlan> pair() {
        double w = CELLS * CELL;
        TestPlans west = TestPlans.plan("W", "320509", 0, 0, w, w).neighbour("320584");
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                int k = row * CELLS + col;
                if (k == 100) {
                    continue;
                }
                double grow = k == 200 ? 7 : 0;
                west.zone(CODES[k % CODES.length], TestPlans.rect(col * CELL, row * CELL, (col + 1) * CELL + grow,
                        (row + 1) * CELL));
            }
        }
        double x0 = w + 5;
        double half = w / 2;
        TestPlans east = TestPlans.plan("E", "320584", TestPlans.poly(w - 15, 0, x0 + w, 0, x0 + w, w, x0, w, x0,
                half, w - 15, half)).neighbour("320509");
        east.zone("1401", TestPlans.rect(w - 15, 0, x0, half));
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                int k = row * CELLS + col;
                east.zone(CODES[(k + 3) % CODES.length], TestPlans.rect(x0 + col * CELL, row * CELL,
                        x0 + (col + 1) * CELL, (row + 1) * CELL));
            }
        }
        return Runs.load(west, east);
    }

    private static String json(int threads, List<LoadedPlan> plans) throws Exception {
        ValidationReport report = Validator.builder(RuleCatalog.load(), FormatRegistry.load()).threads(threads)
                .build().validatePlans(plans);
        StringWriter out = new StringWriter();
        ReportFormat.JSON.writer().write(report, out);
        return out.toString();
    }

    @Test
    void aGeneratedPairGivesTheSameReportOnFourThreadsAsOnOne() throws Exception {
        List<LoadedPlan> plans = pair();
        String one = json(1, plans);
        assertThat(one).contains("\"TOPO.GAP\"", "\"TOPO.OVERLAP\"", "\"BORDER.OVERLAP\"", "\"BORDER.GAP\"");
        for (int run = 0; run < 3; run++) {
            assertThat(json(4, plans)).isEqualTo(one);
        }
    }

    @Test
    void zeroThreadsAreRefused() {
        assertThatThrownBy(() -> Validator.builder(RuleCatalog.load(), FormatRegistry.load()).threads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
