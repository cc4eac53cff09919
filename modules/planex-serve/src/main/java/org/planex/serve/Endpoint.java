package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.planex.spi.PlanexException;

/**
 * What answers one method of one route. It sends its response itself; what it throws before sending is turned
 * into a JSON error response by the router ({@link HttpProblem} as it is, {@link PlanexException} by its kind).
 *
 * <p><b>Thread safety:</b> implementations serve many requests at once.
 *
 * @since 0.3
 */
@FunctionalInterface
interface Endpoint {

    /** Answers the request. */
    void handle(HttpExchange exchange) throws IOException, HttpProblem, PlanexException;
}
