package org.planex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.planex.validate.ValidationListener;

/**
 * Shows a region validation's progress on standard error: on a terminal a bar of the inputs checked, then one of
 * the pairs, each with the issues found so far; one plain line per input and per adjacent pair otherwise; nothing
 * with {@code --quiet} or for fewer than {@value #REGION} inputs (a pair is over before a bar would help).
 */
abstract class ValidationProgress implements ValidationListener, AutoCloseable {

    /** The fewest inputs whose validation shows progress. */
    static final int REGION = 3;

    final AtomicInteger issues = new AtomicInteger();

    static ValidationProgress create(boolean quiet, boolean terminal, int inputs, PrintWriter err) {
        if (quiet || inputs < REGION) {
            return new Quiet();
        }
        return terminal ? new Bars(inputs) : new Lines(inputs, err);
    }

    @Override
    public void close() {
    }

    /** Shows nothing. */
    private static final class Quiet extends ValidationProgress {
    }

    /** One line per input, a line when the pairs start, one per adjacent pair. */
    private static final class Lines extends ValidationProgress {
        private final int inputs;
        private final PrintWriter err;
        private final AtomicInteger checked = new AtomicInteger();
        private final AtomicInteger pairsDone = new AtomicInteger();
        private volatile int pairs;

        Lines(int inputs, PrintWriter err) {
            this.inputs = inputs;
            this.err = err;
        }

        @Override
        public synchronized void inputChecked(Path input, boolean loaded, int found) {
            int total = issues.addAndGet(found);
            err.printf(Locale.ROOT, "[%d/%d] %s: %s, %d issues (%d so far)%n", checked.incrementAndGet(), inputs,
                    input, loaded ? "checked" : "NOT READ", found, total);
            err.flush();
        }

        @Override
        public synchronized void pairsStarting(int candidates) {
            pairs = candidates;
            err.printf(Locale.ROOT, "checking %d pairs of plans whose extents meet%n", candidates);
            err.flush();
        }

        @Override
        public synchronized void pairChecked(String label, boolean adjacent, int found) {
            int n = pairsDone.incrementAndGet();
            if (adjacent) {
                int total = issues.addAndGet(found);
                err.printf(Locale.ROOT, "[pair %d/%d] %s: %d issues (%d so far)%n", n, pairs, label, found, total);
                err.flush();
            }
        }
    }

    /** A bar of inputs, then a bar of pairs. */
    private static final class Bars extends ValidationProgress {
        private ProgressBar bar;

        Bars(int inputs) {
            bar = bar("check plans", inputs, " plans");
        }

        private static ProgressBar bar(String task, int max, String unit) {
            return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).build();
        }

        @Override
        public synchronized void inputChecked(Path input, boolean loaded, int found) {
            bar.step();
            bar.setExtraMessage(issues.addAndGet(found) + " issues");
        }

        @Override
        public synchronized void pairsStarting(int candidates) {
            bar.close();
            bar = bar("check pairs", candidates, " pairs");
            bar.setExtraMessage(issues.get() + " issues");
        }

        @Override
        public synchronized void pairChecked(String label, boolean adjacent, int found) {
            bar.step();
            bar.setExtraMessage(issues.addAndGet(found) + " issues");
        }

        @Override
        public synchronized void close() {
            bar.close();
        }
    }
}
