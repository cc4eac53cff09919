package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.core.convert.ConversionOptions;
import org.planex.core.convert.PlanConverter;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.profile.ProfileOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.FormatProvider;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * {@code POST /convert?format=ID}: converts one uploaded plan or dataset into the format {@code ID}, as
 * {@code planex convert} does, and answers with the converted file as an attachment. Query parameters:
 * {@code format} (required), {@code from} (the input format, detected by default) and {@code profile} (a
 * built-in profile name; profile files of the server's disk are not reachable). An output that is one file
 * (a GeoPackage, a GeoJSON file of one layer) is sent as it is, named with the format's first suffix; an output
 * that is a folder (a planex package, shapefiles, GeoJSON files of several layers) is sent as a ZIP of it, named
 * with the format's ZIP suffix ({@code .planex.zip}, {@code .zip}) or else {@code .SUFFIX.zip}.
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @param jobs runs the job on the uploads
 * @since 0.3
 */
record ConvertEndpoint(UploadJobs jobs) implements Endpoint {

    private static final Set<String> PARAMETERS = Set.of("format", "from", "profile");
    private static final WarningListener IGNORED = (location, message) -> { };

    @Override
    public void handle(HttpExchange exchange) throws IOException, HttpProblem, PlanexException {
        QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery(), PARAMETERS);
        String id = query.get("format");
        if (id == null) {
            throw new HttpProblem(400, "the output format is missing", "format", "give format=ID, one of the"
                    + " writable formats of GET /formats");
        }
        String profile = query.get("profile");
        if (profile != null && !profile.matches("[a-z][a-z0-9-]*")) {
            throw new HttpProblem(400, "profile '" + profile + "' is not a built-in profile name", "profile",
                    "give a built-in profile such as generic, cn-plan-db or hk-ozp");
        }
        FormatProvider to = jobs.context().formats().getWritable(id);
        jobs.run(exchange, (spool, uploads) -> {
            send(exchange, spool, uploads, to, query);
            return null;
        });
    }

    private void send(HttpExchange exchange, UploadSpool spool, List<Path> uploads, FormatProvider to,
            QueryParameters query) throws IOException, HttpProblem {
        if (uploads.size() != 1) {
            throw new HttpProblem(400, "convert takes one input, the request holds " + uploads.size(), "",
                    "send one package or dataset per request");
        }
        String base = baseName(uploads.get(0));
        Path target = Files.createDirectory(spool.folder().resolve(".out")).resolve(base);
        try {
            OpenedInput in = new InputOpener(jobs.context().formats()).open(uploads.get(0), new InputOptions(
                    query.get("from"), Map.of(), query.get("profile"), ProfileOptions.NONE, null), IGNORED);
            new PlanConverter().convert(in, to, new WriteContext(target, FormatRegistry.parseOptions(to, Map.of()),
                    IGNORED), ConversionOptions.DEFAULT);
        } catch (PlanexException e) {
            throw HttpProblem.of(e, spool::relative);
        }
        List<String> suffixes = to.descriptor().suffixes();
        String first = suffixes.isEmpty() ? to.descriptor().id() : suffixes.get(0);
        if (Files.isDirectory(target)) {
            String zip = suffixes.stream().filter(s -> s.endsWith("zip")).findFirst().orElse(first + ".zip");
            Responses.zip(exchange, target, base + "." + zip);
        } else {
            Responses.file(exchange, to.descriptor().mediaType(), target, base + "." + first);
        }
    }

    /** The upload's name without its suffixes. */
    private static String baseName(Path upload) {
        String name = upload.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
