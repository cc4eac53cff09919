package org.planex.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.planex.rule.RuleDescriptor;
import org.planex.spi.Capability;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.OptionDescriptor;

/**
 * The read-only routes: {@code GET /formats} (what {@code planex formats} lists), {@code GET /rules} (what
 * {@code planex validate --list-rules} lists), {@code GET /health} (up, with the jobs running and waiting) and
 * {@code GET /openapi.json} (the OpenAPI 3.1 description, a resource of this package).
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @since 0.3
 */
final class InfoEndpoints {

    /** The resource holding the OpenAPI description. */
    static final String OPENAPI = "openapi.json";

    private final ServeContext context;
    private final JobGate gate;
    private final byte[] openApi;

    /** The endpoints; reads the OpenAPI resource once. */
    InfoEndpoints(ServeContext context, JobGate gate) throws IOException {
        this.context = context;
        this.gate = gate;
        try (InputStream in = InfoEndpoints.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IOException("the resource " + OPENAPI + " is missing from the planex-serve jar");
            }
            this.openApi = in.readAllBytes();
        }
    }

    /** {@code GET /formats}. */
    void formats(HttpExchange exchange) throws IOException {
        list(exchange, context.formats().providers(), (p, f) -> {
            FormatDescriptor d = p.descriptor();
            f.put("id", d.id());
            f.put("name", d.name());
            f.put("mediaType", d.mediaType());
            f.put("dataModel", d.dataModel().name().toLowerCase(Locale.ROOT));
            f.put("read", d.can(Capability.READ));
            f.put("write", d.can(Capability.WRITE));
            d.suffixes().forEach(f.putArray("suffixes")::add);
            ArrayNode options = f.putArray("options");
            for (OptionDescriptor<?> o : d.options()) {
                ObjectNode n = options.addObject();
                n.put("name", o.name());
                n.put("type", o.typeLabel());
                n.put("description", o.description());
                n.put("default", o.defaultValue() == null ? null : String.valueOf(o.defaultValue()));
            }
        });
    }

    /** {@code GET /rules}. */
    void rules(HttpExchange exchange) throws IOException {
        list(exchange, context.rules().rules(), (r, n) -> {
            RuleDescriptor d = r.descriptor();
            n.put("id", d.id());
            n.put("scope", d.scope().name().toLowerCase(Locale.ROOT));
            n.put("severity", d.defaultSeverity().token());
            n.put("description", d.description());
            d.emits().forEach(n.putArray("emits")::add);
        });
    }

    /** Sends a JSON array of one object per item, filled by {@code fill}. */
    private static <T> void list(HttpExchange exchange, List<T> items, BiConsumer<T, ObjectNode> fill)
            throws IOException {
        ArrayNode list = Responses.object().arrayNode();
        items.forEach(item -> fill.accept(item, list.addObject()));
        Responses.json(exchange, 200, list);
    }

    /** {@code GET /health}. */
    void health(HttpExchange exchange) throws IOException {
        ObjectNode n = Responses.object();
        n.put("status", "ok");
        n.put("jobs", gate.jobs());
        n.put("running", gate.running());
        n.put("waiting", gate.waiting());
        Responses.json(exchange, 200, n);
    }

    /** {@code GET /openapi.json}. */
    void openApi(HttpExchange exchange) throws IOException {
        Responses.bytes(exchange, 200, Responses.JSON, openApi);
    }
}
