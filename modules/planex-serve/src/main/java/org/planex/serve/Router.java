package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.planex.spi.PlanexException;

/**
 * Dispatches each request by path and method to its {@link Endpoint} and turns what goes wrong into JSON error
 * responses: an unknown path 404, a known path with another method 405 with {@code Allow}, an
 * {@link HttpProblem} its own status, a {@link PlanexException} by its kind, any other exception 500 (a bug,
 * printed on the error stream).
 *
 * <p><b>Thread safety:</b> routes are added before the server starts; then thread-safe.
 *
 * @since 0.3
 */
final class Router implements HttpHandler {

    /** The most bytes of a refused request's body read and discarded before the answer. */
    static final long DISCARD_LIMIT = 32L << 20;

    private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
    private final PrintStream log;
    private final ReadTimeout timeout;

    /** A router that prints bugs on {@code log}, for requests that must arrive within {@code timeout}. */
    Router(PrintStream log, ReadTimeout timeout) {
        this.log = log;
        this.timeout = timeout;
    }

    /** Routes {@code method path} to {@code endpoint}. */
    Router add(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Endpoint endpoint = route(exchange);
                if (!hasBody(exchange)) {
                    timeout.arrived();
                }
                endpoint.handle(exchange);
            } catch (HttpProblem p) {
                answer(exchange, p);
            } catch (PlanexException e) {
                answer(exchange, HttpProblem.of(e, UnaryOperator.identity()));
            } catch (RuntimeException e) {
                log.println("planex serve: internal error on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + ": " + e);
                e.printStackTrace(log);
                answer(exchange, new HttpProblem(500, "internal error: " + e, "", "this is a bug of planex; report"
                        + " it with the request that caused it"));
            }
        }
    }

    private Endpoint route(HttpExchange exchange) throws HttpProblem {
        String path = exchange.getRequestURI().getPath();
        Map<String, Endpoint> methods = routes.get(path);
        if (methods == null) {
            throw new HttpProblem(404, "no route " + path, path, "use one of " + String.join(", ", routes.keySet())
                    + " (GET /openapi.json describes them)");
        }
        Endpoint endpoint = methods.get(exchange.getRequestMethod());
        if (endpoint == null) {
            String allow = String.join(", ", methods.keySet());
            throw new HttpProblem(405, path + " does not take " + exchange.getRequestMethod(), path, "use " + allow,
                    Map.of("Allow", allow));
        }
        return endpoint;
    }

    /** Whether the request has a body: a {@code Content-Length} other than 0, or a {@code Transfer-Encoding}. */
    private static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                || length != null && !length.strip().equals("0");
    }

    /**
     * Sends the problem unless a response has been started, which then ends as it is. What the client is still
     * sending is first read and discarded, up to {@value #DISCARD_LIMIT} bytes: a client that is still writing
     * its upload when the connection closes with unread data gets a reset instead of the answer. Beyond that the
     * connection is closed after the answer. After a 408 nothing is discarded. Until the upload has arrived, all
     * this is within the read timeout: the JDK server also reads what is left of a body when the answer ends, and
     * the {@link ReadTimeout} watchdog cuts that off for a client too slow to wait for.
     */
    private static void answer(HttpExchange exchange, HttpProblem problem) throws IOException {
        if (exchange.getResponseCode() == -1) {
            if (problem.status() != 408) {
                discardBody(exchange);
            }
            Responses.problem(exchange, problem);
        }
    }

    private static void discardBody(HttpExchange exchange) {
        byte[] buf = new byte[1 << 16];
        InputStream in = exchange.getRequestBody();
        try {
            for (long n = 0; n < DISCARD_LIMIT;) {
                int r = in.read(buf);
                if (r < 0) {
                    return;
                }
                n += r;
            }
        } catch (IOException clientGone) {
            // nothing more to read: the answer is sent if it still can be, then the connection closes
        }
    }
}
