package org.planex.serve;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the jobs (validations, conversions) that run at once: a request waits for one of {@code jobs} permits
 * in a queue of at most {@code queue} requests, for at most {@code maxWaitSeconds}; a request that finds the
 * queue full, or waits too long, is refused with 503 and {@code Retry-After}. A request enters once its upload
 * has arrived, so that a slow client never holds a permit; one that finds the queue full on arrival is refused
 * before its upload is read ({@link #refuseWhenFull()}).
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @since 0.3
 */
final class JobGate {

    private final int jobs;
    private final Semaphore permits;
    private final int queue;
    private final long maxWaitSeconds;
    private final AtomicInteger waiting = new AtomicInteger();

    /** A gate of {@code jobs} permits and a queue of {@code queue} waiting requests. */
    JobGate(int jobs, int queue, long maxWaitSeconds) {
        this.jobs = jobs;
        this.permits = new Semaphore(jobs, true);
        this.queue = queue;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    /**
     * Refuses a request at once when no permit is free and the queue is full, before its upload is read: it
     * would be refused once read. A request let through may still be refused by {@link #enter()}.
     *
     * @throws HttpProblem 503 with {@code Retry-After}
     */
    void refuseWhenFull() throws HttpProblem {
        if (permits.availablePermits() == 0 && waiting.get() >= queue) {
            throw busy("all " + queue + " places of the queue are taken");
        }
    }

    /**
     * Waits for a permit; close the returned permit when the job ends.
     *
     * @throws HttpProblem 503 with {@code Retry-After} when the queue is full or the wait too long
     */
    Permit enter() throws HttpProblem {
        if (permits.tryAcquire()) {
            return permits::release;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw busy("all " + queue + " places of the queue are taken");
        }
        try {
            if (!permits.tryAcquire(maxWaitSeconds, TimeUnit.SECONDS)) {
                throw busy("no job ended within " + maxWaitSeconds + " s");
            }
            return permits::release;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the service is stopping");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** The jobs running now. */
    int running() {
        return jobs - permits.availablePermits();
    }

    /** The requests waiting now. */
    int waiting() {
        return waiting.get();
    }

    /** The most jobs that run at once. */
    int jobs() {
        return jobs;
    }

    private static HttpProblem busy(String why) {
        return new HttpProblem(503, "the service is busy: " + why, "", "retry after the seconds of Retry-After",
                Map.of("Retry-After", "2"));
    }

    /**
     * The right to run one job.
     *
     * @since 0.3
     */
    @FunctionalInterface
    interface Permit extends AutoCloseable {

        /** Gives the permit back. */
        @Override
        void close();
    }
}
