package org.planex.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The planex HTTP service on the JDK's {@link HttpServer} (no dependency; HTTP/1.1 with keep-alive): validation
 * and conversion of uploaded packages, the format and rule lists, health and the OpenAPI description. Requests
 * are served by a fixed pool of {@code jobs + queue + 4} threads: the jobs, the requests waiting for one
 * ({@link JobGate}) and a few for the read-only routes and for refusals, so that a full queue is answered with 503
 * at once; connections beyond wait in the server's accept queue. Each request must arrive within the read
 * timeout ({@link ReadTimeout}), so a slow client holds its thread for that long at most.
 *
 * <p><b>Thread safety:</b> thread-safe; {@link #close()} stops it.
 *
 * @since 0.3
 */
public final class PlanexServer implements AutoCloseable {

    private static final int SPARE_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService pool;
    private final ReadTimeout timeout;

    private PlanexServer(HttpServer server, ExecutorService pool, ReadTimeout timeout) {
        this.server = server;
        this.pool = pool;
        this.timeout = timeout;
    }

    /**
     * Starts a server.
     *
     * @param context the formats, rules and code systems
     * @param options address, limits and temporary folder
     * @param log where internal errors are printed
     * @throws IOException if the address cannot be bound or the temporary folder created
     */
    public static PlanexServer start(ServeContext context, ServeOptions options, PrintStream log) throws IOException {
        Files.createDirectories(options.temp());
        HttpServer server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 0);
        JobGate gate = new JobGate(options.jobs(), options.queue(), options.maxWaitSeconds());
        InfoEndpoints info = new InfoEndpoints(context, gate);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs() + options.queue() + SPARE_THREADS, r -> {
            Thread t = new Thread(r, "planex-serve-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ReadTimeout timeout = new ReadTimeout(pool, options.readTimeoutSeconds());
        UploadJobs jobs = new UploadJobs(context, gate, timeout, options);
        Router router = new Router(log, timeout)
                .add("POST", "/validate", new ValidateEndpoint(jobs))
                .add("POST", "/convert", new ConvertEndpoint(jobs))
                .add("GET", "/formats", info::formats)
                .add("GET", "/rules", info::rules)
                .add("GET", "/health", info::health)
                .add("GET", "/openapi.json", info::openApi);
        server.setExecutor(timeout);
        server.createContext("/", router);
        server.start();
        return new PlanexServer(server, pool, timeout);
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Stops accepting requests, lets those being answered end for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
        timeout.close();
    }
}
