package org.planex.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sends responses: JSON documents, byte bodies, files, and the JSON error body of an {@link HttpProblem}
 * ({@code {"status": 413, "error": "Payload Too Large", "message": ..., "where": ..., "hint": ...}}).
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.3
 */
final class Responses {

    /** The media type of JSON bodies. */
    static final String JSON = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"),
            Map.entry(413, "Payload Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private Responses() {
    }

    /** A new JSON object to fill and {@link #json send}. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Sends {@code body} as JSON. */
    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        bytes(exchange, status, JSON, MAPPER.writeValueAsBytes(body));
    }

    /** Sends a body of bytes. */
    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends a file as an attachment named {@code name}. */
    static void file(HttpExchange exchange, String contentType, Path file, String name) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.sendResponseHeaders(200, Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    /** Sends a folder as a ZIP attachment named {@code name}, streamed (chunked). */
    static void zip(HttpExchange exchange, Path folder, String name) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", UploadSpool.ZIP);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.sendResponseHeaders(200, 0);
        FolderZip.write(folder, exchange.getResponseBody());
    }

    /** Sends the JSON error body of a problem, with its headers. */
    static void problem(HttpExchange exchange, HttpProblem problem) throws IOException {
        problem.headers().forEach(exchange.getResponseHeaders()::set);
        ObjectNode body = object();
        body.put("status", problem.status());
        body.put("error", REASONS.getOrDefault(problem.status(), "Error"));
        body.put("message", problem.getMessage());
        body.put("where", problem.where());
        body.put("hint", problem.hint());
        json(exchange, problem.status(), body);
    }
}
