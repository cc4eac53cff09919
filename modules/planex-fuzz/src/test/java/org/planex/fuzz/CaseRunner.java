package org.planex.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Runs one case on a worker thread with a time bound and classifies the result: {@link Outcome.Verdict#READ},
 * {@link Outcome.Verdict#REFUSED} for a {@link PlanexException} with a location, {@link Outcome.Verdict#FAILED}
 * for anything else (another exception or error, including {@link OutOfMemoryError}, an unlocated
 * PlanexException, or a case past the time bound, whose thread is abandoned).
 *
 * <p><b>Thread safety:</b> one runner is used by one thread at a time; {@link #close()} ends its worker.
 */
public final class CaseRunner implements AutoCloseable {

    /** The default time bound of one case. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Duration timeout;
    private volatile Thread workerThread;
    private ExecutorService worker = newWorker();

    /** A runner with the given time bound per case. */
    public CaseRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** Reads {@code input} with {@code driver} and classifies the result. */
    public Outcome run(ReaderDriver driver, Path input) {
        return run(() -> driver.readAll(input));
    }

    /** Runs {@code body} and classifies the result. */
    public Outcome run(Body body) {
        Future<Long> future = worker.submit(body::run);
        try {
            return new Outcome(Outcome.Verdict.READ, future.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    + " items read", null);
        } catch (TimeoutException e) {
            Throwable where = new Throwable("the reader's stack when the time bound passed");
            Thread stuck = workerThread;
            if (stuck != null) {
                where.setStackTrace(stuck.getStackTrace());
            }
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(Outcome.Verdict.FAILED, "hang: still reading after " + timeout.toMillis() + " ms", where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Outcome.Verdict.FAILED, "interrupted", e);
        } catch (ExecutionException e) {
            return classify(e.getCause());
        }
    }

    /** Classifies what a reader threw. */
    public static Outcome classify(Throwable t) {
        if (t instanceof PlanexException p) {
            return Location.UNKNOWN.equals(p.getLocation())
                    ? new Outcome(Outcome.Verdict.FAILED, "PlanexException without location: " + p.getMessage(), p)
                    : new Outcome(Outcome.Verdict.REFUSED, p.getMessage(), p);
        }
        return new Outcome(Outcome.Verdict.FAILED, t.getClass().getName() + ": " + t.getMessage(), t);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    /** The work of one case; returns how many items it read. */
    @FunctionalInterface
    public interface Body {
        /** Runs the case. */
        long run() throws Exception;
    }
}
