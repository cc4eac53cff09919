package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.planex.spi.PlanexException;

/**
 * Runs a job on a request's uploads with the service's {@link ServeContext}: spools the body into a new
 * {@link UploadSpool} within the upload limit and the {@link ReadTimeout}, then waits for a permit of the
 * {@link JobGate}, runs the job, and removes the spool and gives the permit back however the job ends. A job is
 * taken only once its upload has arrived whole, so a slow client never holds one; a request that finds the queue
 * full is refused before its upload is spooled.
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @param context the formats, rules and code systems the jobs use
 * @param gate bounds the jobs running at once
 * @param timeout the time the upload may take to arrive
 * @param options the upload limit and the temporary folder
 * @since 0.3
 */
record UploadJobs(ServeContext context, JobGate gate, ReadTimeout timeout, ServeOptions options) {

    /** The threads each job may use: its share of the cores, at least one. */
    int threadsPerJob() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / options.jobs());
    }

    /**
     * Runs {@code job} on the uploads of {@code exchange}.
     *
     * @return what the job returns
     * @throws HttpProblem 503 when busy, 413/415/400/408 for the upload, or what the job throws
     */
    <T> T run(HttpExchange exchange, Job<T> job) throws IOException, HttpProblem, PlanexException {
        gate.refuseWhenFull();
        try (UploadSpool spool = UploadSpool.create(options.temp())) {
            List<Path> uploads = spool.receive(exchange, new UploadLimit(options.maxUpload(), timeout.deadline(),
                    timeout.seconds()));
            timeout.arrived();
            try (JobGate.Permit permit = gate.enter()) {
                return job.run(spool, uploads);
            }
        }
    }

    /**
     * A job on uploads.
     *
     * @param <T> what it gives
     * @since 0.3
     */
    @FunctionalInterface
    interface Job<T> {

        /** Runs on the uploaded files, which are in {@code spool}. */
        T run(UploadSpool spool, List<Path> uploads) throws IOException, HttpProblem, PlanexException;
    }
}
