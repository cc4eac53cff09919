package org.planex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.planex.serve.PlanexServer;
import org.planex.serve.ServeContext;
import org.planex.serve.ServeOptions;
import org.planex.spi.ExitCode;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex serve}: runs the HTTP service of {@code planex-serve} ({@code docs/serve.md}) until the process is
 * stopped (Ctrl-C, SIGTERM) or the thread running it is interrupted.
 *
 * @since 0.3
 */
@Command(name = "serve", description = {"Validate and convert as an HTTP service: POST /validate, POST /convert,"
        + " GET /formats, /rules, /health, /openapi.json (docs/serve.md).",
    "Listens on 127.0.0.1 unless --bind says otherwise; runs until stopped."})
public final class ServeCommand implements Callable<Integer> {

    private static final ServeOptions DEFAULTS = ServeOptions.defaults();

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port = DEFAULTS.port();

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE};"
            + " 0.0.0.0 for every interface, behind a proxy that authenticates).")
    private String bind = DEFAULTS.bind();

    @Option(names = "--max-upload", paramLabel = "SIZE", description = "Largest request body, e.g. 200MB, 64k"
            + " (default: 200MB); larger uploads get 413.")
    private String maxUpload = "200MB";

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Validations and conversions run at once"
            + " (default: ${DEFAULT-VALUE}).")
    private int jobs = DEFAULTS.jobs();

    @Option(names = "--queue", paramLabel = "N", description = "Requests that wait for a job (default:"
            + " ${DEFAULT-VALUE}); more get 503 with Retry-After.")
    private int queue = DEFAULTS.queue();

    @Option(names = "--max-wait", paramLabel = "SECONDS", description = "The longest a request waits for a job"
            + " before 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    private long maxWait = DEFAULTS.maxWaitSeconds();

    @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "The longest a request, headers and"
            + " body, may take to arrive (default: ${DEFAULT-VALUE}); a slower one gets 408 or its connection"
            + " closed, and never takes a job.")
    private long readTimeout = DEFAULTS.readTimeoutSeconds();

    @Option(names = "--temp", paramLabel = "DIR", description = "Where each request's uploads are spooled, in a"
            + " folder removed when it ends (default: the system's temporary folder).")
    private Path temp = DEFAULTS.temp();

    @Override
    public Integer call() throws PlanexException {
        ServeOptions options;
        try {
            options = new ServeOptions(bind, port, ServeOptions.parseSize(maxUpload), jobs, queue, maxWait,
                    readTimeout, temp);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("planex serve: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CountDownLatch stopped = new CountDownLatch(1);
        ServeContext context = ServeContext.load(parent.plugins());
        try (PlanexServer server = PlanexServer.start(context, options, log)) {
            Thread hook = new Thread(stopped::countDown, "planex-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("planex serve: listening on %s (uploads up to %d bytes arriving within %d s, %d jobs, %d"
                    + " waiting); Ctrl-C stops%n", server.uri(), options.maxUpload(), options.readTimeoutSeconds(),
                    options.jobs(), options.queue());
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.UNKNOWN, "cannot start the service on " + bind + ":" + port
                    + ": " + e.getMessage() + "; choose another --port or --bind, or check --temp is writable", e);
        }
        return ExitCode.OK.code();
    }
}
