package org.planex.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;

/**
 * The temporary folder of one request: the uploads are streamed into it (a raw {@code application/zip} body as
 * one package, or each file part of a {@code multipart/form-data} body under its own file name) within the upload
 * limit, and {@link #close()} removes it with everything in it. The folder is an {@link AtomicOutput} folder that
 * is never committed, so its name says what it is should the process die.
 *
 * <p><b>Thread safety:</b> used by the one thread serving its request.
 *
 * @since 0.3
 */
final class UploadSpool implements AutoCloseable {

    /** The media type of a single raw package. */
    static final String ZIP = "application/zip";
    private static final String MULTIPART = "multipart/form-data";
    private static final int COPY_BUFFER = 1 << 16;
    private static final int MAX_NAME = 100;

    private final AtomicOutput folder;
    private final Set<String> names = new HashSet<>();

    private UploadSpool(AtomicOutput folder) {
        this.folder = folder;
    }

    /**
     * A new empty folder under {@code root}.
     *
     * @throws PlanexException OUTPUT_NOT_WRITABLE if it cannot be created
     */
    static UploadSpool create(Path root) throws PlanexException {
        return new UploadSpool(AtomicOutput.folder(root.resolve("planex-serve-request")));
    }

    /** The folder. */
    Path folder() {
        return folder.path();
    }

    /**
     * Streams the request body into the folder.
     *
     * @param limit the upload budget
     * @return the uploaded files, in the order they came
     * @throws HttpProblem 415 for another media type, 413 past the limit, 400 for a malformed or empty body
     */
    List<Path> receive(HttpExchange exchange, UploadLimit limit) throws IOException, HttpProblem {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(ZIP) && !media.equals(MULTIPART)) {
            throw new HttpProblem(415, "the body is " + (type == null ? "without Content-Type" : "of type " + type)
                    + "; this service reads " + ZIP + " (one package) or " + MULTIPART + " (one or more)", "",
                    "send a package ZIP with Content-Type: " + ZIP + ", or files as " + MULTIPART);
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}")) {
            limit.declared(Long.parseLong(length.strip()));
        }
        List<Path> files = new ArrayList<>();
        InputStream body = exchange.getRequestBody();
        if (media.equals(ZIP)) {
            Path file = newFile("package.zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buf = new byte[COPY_BUFFER];
                for (int n; (n = body.read(buf)) >= 0;) {
                    limit.take(n);
                    out.write(buf, 0, n);
                }
            }
            files.add(file);
        } else {
            MultipartReader parts = new MultipartReader(body, MultipartReader.boundary(type), limit);
            for (MultipartPart part; (part = parts.next()) != null;) {
                if (part.fileName().isEmpty()) {
                    throw new HttpProblem(400, "the form field '" + part.name() + "' is not a file", part.name(),
                            "send packages as file parts (with a filename) and options as query parameters");
                }
                Path file = newFile(part.fileName());
                try (OutputStream out = Files.newOutputStream(file)) {
                    parts.copyBody(out);
                }
                files.add(file);
            }
        }
        if (files.isEmpty() || Files.size(files.get(0)) == 0) {
            throw new HttpProblem(400, "the request holds no package", "", "send a package ZIP as the body or as"
                    + " a multipart file part");
        }
        return files;
    }

    /**
     * {@code text} with the folder's path taken out, so that locations read as the client's file names
     * ({@code qingpu.planex.zip!plan.xml:12:4}) rather than paths of this server.
     */
    String relative(String text) {
        return text.replace(folder().toString() + folder().getFileSystem().getSeparator(), "");
    }

    /** A file of the folder named after {@code clientName}: its last path segment, safe characters only, unique. */
    private Path newFile(String clientName) {
        String last = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "");
        String name = safe.isEmpty() ? "package.zip" : safe.substring(Math.max(0, safe.length() - MAX_NAME));
        String unique = name;
        for (int i = 2; !names.add(unique.toLowerCase(Locale.ROOT)); i++) {
            int dot = name.indexOf('.');
            unique = dot < 0 ? name + "-" + i : name.substring(0, dot) + "-" + i + name.substring(dot);
        }
        return folder().resolve(unique);
    }

    /** Removes the folder and everything in it. */
    @Override
    public void close() {
        folder.close();
    }
}
