package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.planex.rule.Issue;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleSelection;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.report.ReportFormat;

/**
 * {@code POST /validate}: validates the uploaded packages as one region, as {@code planex validate} does, and
 * answers with the report in the format the request asks for ({@link ReportMediaTypes}); options are query
 * parameters named like the CLI's ({@code tolerance}, {@code min-area}, {@code rules}, {@code skip},
 * {@code report}). The answer is 200 whether or not the report holds errors; an upload that cannot be read at
 * all ({@value Validator#UNREADABLE}, {@value Validator#UNSAFE}) is 422 naming it. The upload folder is removed
 * before the response is sent.
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @param jobs runs the job on the uploads
 * @since 0.3
 */
record ValidateEndpoint(UploadJobs jobs) implements Endpoint {

    private static final Set<String> PARAMETERS = Set.of("report", "tolerance", "min-area", "rules", "skip");

    @Override
    public void handle(HttpExchange exchange) throws IOException, HttpProblem, PlanexException {
        QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery(), PARAMETERS);
        ReportFormat format = ReportMediaTypes.choose(query.get("report"),
                exchange.getRequestHeaders().getFirst("Accept"));
        Validator validator = validator(query, format);
        byte[] body = jobs.run(exchange, (spool, uploads) -> {
            ValidationReport report = validator.validate(uploads);
            refuseUnreadable(report, spool);
            StringWriter text = new StringWriter();
            format.writer().write(report, text);
            return spool.relative(text.toString()).getBytes(StandardCharsets.UTF_8);
        });
        Responses.bytes(exchange, 200, ReportMediaTypes.of(format), body);
    }

    private Validator validator(QueryParameters query, ReportFormat format) throws HttpProblem {
        Tolerances tolerances = Tolerances.DEFAULT;
        Double tolerance = query.number("tolerance");
        Double minArea = query.number("min-area");
        try {
            if (tolerance != null) {
                tolerances = tolerances.withTolerance(tolerance);
            }
            if (minArea != null) {
                tolerances = tolerances.withMinArea(minArea);
            }
            return jobs.context().validator(tolerances, RuleSelection.of(query.get("rules"), query.get("skip")),
                    jobs.threadsPerJob(), format.drawsMap());
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(400, e.getMessage(), "", "correct the query parameters (GET /openapi.json)");
        }
    }

    /** 422 for the first upload that could not be read at all: there is no report of it to give. */
    private static void refuseUnreadable(ValidationReport report, UploadSpool spool) throws HttpProblem {
        for (Issue issue : report.issues()) {
            if (issue.ruleId().equals(Validator.UNREADABLE) || issue.ruleId().equals(Validator.UNSAFE)) {
                String where = issue.location() == null ? "" : spool.relative(issue.location().toString());
                throw new HttpProblem(422, issue.ruleId() + ": " + spool.relative(issue.message()), where,
                        "send a complete, readable package (a planex ZIP or a GIS dataset planex reads; GET /formats)");
            }
        }
    }
}
