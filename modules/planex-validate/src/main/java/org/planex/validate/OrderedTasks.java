package org.planex.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent tasks of the engine (loading the inputs, checking each plan, each pair) on at most a given
 * number of threads and gives their results in the order of the tasks, whatever order they finish in: the report
 * is the same with one thread as with many.
 *
 * <p><b>Thread safety:</b> immutable; each call uses its own threads.
 *
 * @since 0.1
 */
final class OrderedTasks {

    private final int threads;

    /**
     * Tasks on at most {@code threads} threads; 1 runs them one after the other in the calling thread.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    OrderedTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /** The number of cores of this machine: the default. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The most threads a call uses. */
    int threads() {
        return threads;
    }

    /**
     * The results of the tasks, in task order. When tasks throw, the unchecked exception of the first of them (in
     * task order) is thrown and the tasks not yet ended are cancelled.
     */
    <T> List<T> run(List<Supplier<T>> tasks) {
        int n = Math.min(threads, tasks.size());
        if (n <= 1) {
            return tasks.stream().map(Supplier::get).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "planex-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> task : tasks) {
                futures.add(pool.submit(task::get));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
