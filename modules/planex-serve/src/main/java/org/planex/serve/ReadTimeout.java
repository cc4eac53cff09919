package org.planex.serve;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@code --read-timeout} of a server: the time a request, headers and body, may take to arrive. It is the
 * executor of the {@link com.sun.net.httpserver.HttpServer}, whose task for a request starts when its first bytes
 * arrive and reads the headers before it calls the handler; each task is given a deadline then. Two guards hold
 * it:
 * <ul>
 * <li>the body's reader checks the deadline after every read ({@link UploadLimit}), so a body that is still
 * arriving when it passes is refused with 408;</li>
 * <li>a watchdog interrupts the task's thread {@value #GRACE_MILLIS} ms after the deadline if the request has still
 * not {@link #arrived()}: the JDK server reads from a blocking {@link java.nio.channels.SocketChannel}, which an
 * interrupt closes, so a read that blocks (headers that stop coming, a body that stops) ends with an
 * {@link java.io.IOException} and the connection is closed, as no answer can be sent on it.</li>
 * </ul>
 * Either way the request's uploads are removed as it ends, and it never took a job: jobs are taken once the
 * upload has arrived whole ({@link UploadJobs}). The JDK's own {@code sun.net.httpserver.maxReqTime} is not used:
 * a system property read once per JVM, in whole seconds, for every server of the process.
 *
 * <p><b>Thread safety:</b> thread-safe; {@link #deadline()} and {@link #arrived()} apply to the request of the
 * calling thread.
 *
 * @since 0.3
 */
final class ReadTimeout implements Executor, AutoCloseable {

    /** How long after the deadline a request still reading is cut off. */
    static final long GRACE_MILLIS = 1000;

    private final Executor pool;
    private final long timeoutNanos;
    private final ScheduledThreadPoolExecutor watchdog;
    private final ThreadLocal<Arrival> current = new ThreadLocal<>();

    /** Runs the requests on {@code pool}, each given {@code seconds} to arrive. */
    ReadTimeout(Executor pool, long seconds) {
        this.pool = pool;
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(seconds);
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "planex-serve-read-timeout");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
    }

    /** Runs the task of one request (or of one request of a kept-alive connection) under its deadline. */
    @Override
    public void execute(Runnable request) {
        pool.execute(() -> {
            Arrival arrival = new Arrival(Thread.currentThread(), System.nanoTime() + timeoutNanos);
            arrival.watch = watchdog.schedule(arrival::expire, TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                    + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            current.set(arrival);
            try {
                request.run();
            } finally {
                current.remove();
                arrival.arrived();
            }
        });
    }

    /** The {@link System#nanoTime()} by which the calling thread's request must have arrived. */
    long deadline() {
        return current.get().deadline;
    }

    /**
     * The calling thread's request has arrived whole: the deadline no longer applies to it, and an interrupt of
     * the watchdog that came too late to close a read is cleared. A request refused before it has arrived stays
     * under the deadline while it is answered, which also bounds the JDK server's reading of what is left of its
     * body.
     */
    void arrived() {
        current.get().arrived();
    }

    /** The timeout in seconds. */
    long seconds() {
        return TimeUnit.NANOSECONDS.toSeconds(timeoutNanos);
    }

    /** Stops the watchdog. */
    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** The deadline of one request and the thread reading it. */
    private static final class Arrival {

        private final Thread reader;
        private final long deadline;
        private ScheduledFuture<?> watch;
        private boolean reading = true;
        private boolean interrupted;

        Arrival(Thread reader, long deadline) {
            this.reader = reader;
            this.deadline = deadline;
        }

        synchronized void expire() {
            if (reading) {
                interrupted = true;
                reader.interrupt();
            }
        }

        synchronized void arrived() {
            if (reading) {
                reading = false;
                watch.cancel(false);
                if (interrupted) {
                    Thread.interrupted();
                }
            }
        }
    }
}
