package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * One GeoJSON input file: how it is laid out (a single document or a text sequence) and how to open a
 * streaming parser on it. Also turns parser failures into {@link PlanexException}s with line and column.
 *
 * <p><b>Thread safety:</b> immutable; each parser it opens is used by one thread.
 */
final class GeoJsonSource {

    /** The shared parser factory (Jackson factories are thread-safe). */
    static final JsonFactory JSON = new JsonFactoryBuilder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final Path file;
    private final boolean sequence;

    private GeoJsonSource(Path file, boolean sequence) {
        this.file = file;
        this.sequence = sequence;
    }

    /**
     * Looks at the first bytes of {@code file}: a record separator or a {@code .geojsons}/{@code .geojsonl}
     * name make a text sequence, a '{' a single document.
     *
     * @throws PlanexException if the file cannot be read or does not start like GeoJSON
     */
    static GeoJsonSource of(Path file) throws PlanexException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int first;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            first = in.read();
            if (first == 0xEF) {
                in.skip(2);
                first = in.read();
            }
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
                first = in.read();
            }
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the file: " + e.getMessage(), e);
        }
        boolean seq = first == RecordSeparatorInputStream.RS || name.endsWith(".geojsons")
                || name.endsWith(".geojsonl");
        if (first != '{' && first != RecordSeparatorInputStream.RS && !(seq && first == -1)) {
            throw PlanexException.unreadable(Location.of(file), first == -1 ? "the file is empty"
                    : "not GeoJSON: the file does not start with a JSON object", null);
        }
        return new GeoJsonSource(file, seq);
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** Whether the file is a text sequence of features rather than one document. */
    boolean isSequence() {
        return sequence;
    }

    /** Opens a new parser at the start of the file. */
    JsonParser open() throws PlanexException {
        try {
            InputStream in = Files.newInputStream(file);
            return JSON.createParser(sequence ? new RecordSeparatorInputStream(in) : in);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The location of the parser's current token. */
    Location locate(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return Location.of(file, l.getLineNr(), l.getColumnNr());
    }

    /**
     * A {@link PlanexException} for a failure while parsing: syntax errors and invalid GeoJSON get the line and
     * column of the parser, I/O errors the file.
     *
     * @param record the 1-based feature number, or -1
     * @param featureId the feature id when known, or {@code null}
     */
    PlanexException failure(IOException e, long record, String featureId) {
        if (e instanceof PlanexException pe) {
            return pe;
        }
        Location where = Location.of(file);
        String reason = e.getMessage();
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation l = jpe.getLocation();
            if (l != null) {
                where = Location.of(file, l.getLineNr(), l.getColumnNr());
            }
            reason = jpe.getOriginalMessage();
        }
        where = where.atRecord(record).withFeature(featureId);
        String oneLine = reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse(reason);
        return PlanexException.unreadable(where, "invalid GeoJSON: " + oneLine, null);
    }
}
