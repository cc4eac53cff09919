package org.planex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.planex.core.convert.BatchConversion;

/**
 * Shows a batch's progress: a progress bar (files, features, rate, time left) on a terminal, one plain line
 * per finished file otherwise, nothing with {@code --quiet}.
 */
abstract class BatchProgress implements BatchConversion.Listener, AutoCloseable {

    static BatchProgress create(boolean quiet, boolean terminal, int files, LongAdder features, PrintWriter out) {
        if (quiet) {
            return new Quiet();
        }
        return terminal ? new Bar(files, features) : new Lines(files, out);
    }

    @Override
    public void close() {
    }

    /** Shows nothing. */
    private static final class Quiet extends BatchProgress {
        @Override
        public void finished(BatchConversion.Outcome outcome) {
        }
    }

    /** One line per finished file. */
    private static final class Lines extends BatchProgress {
        private final int files;
        private final PrintWriter out;
        private final AtomicInteger done = new AtomicInteger();

        Lines(int files, PrintWriter out) {
            this.files = files;
            this.out = out;
        }

        @Override
        public synchronized void finished(BatchConversion.Outcome o) {
            int n = done.incrementAndGet();
            if (o.ok()) {
                out.printf(Locale.ROOT, "[%d/%d] %s -> %s: ok, %d features, %.2f s%n", n, files, o.job().input(),
                        o.job().output().getFileName(), o.result().features(), o.seconds());
            } else {
                out.printf(Locale.ROOT, "[%d/%d] %s: FAILED (exit %d): %s%n", n, files, o.job().input(),
                        o.error().getKind().exitCode(), o.error().getMessage());
            }
            out.flush();
        }
    }

    /** A progress bar of files, with features and their rate as its message. */
    private static final class Bar extends BatchProgress {
        private final ProgressBar bar;
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "planex-progress");
            t.setDaemon(true);
            return t;
        });

        Bar(int files, LongAdder features) {
            bar = new ProgressBarBuilder().setTaskName("convert").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).showSpeed().build();
            long start = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                long n = features.sum();
                double s = (System.nanoTime() - start) / 1e9;
                bar.setExtraMessage(String.format(Locale.ROOT, "%,d features, %,.0f/s", n, s > 0 ? n / s : 0));
            }, 200, 200, TimeUnit.MILLISECONDS);
        }

        @Override
        public void finished(BatchConversion.Outcome outcome) {
            bar.step();
        }

        @Override
        public void close() {
            ticker.shutdownNow();
            bar.close();
        }
    }
}
