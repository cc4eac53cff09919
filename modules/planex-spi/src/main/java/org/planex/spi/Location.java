package org.planex.spi;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Where something happened in an input: a file and, as far as known, a line and column (text formats),
 * a record number (record formats) and a feature id. Unknown parts are {@code null} or {@code -1}.
 *
 * @param file the file or package, or {@code null}
 * @param entry the entry inside a container (e.g. {@code plan.xml} in a ZIP), or {@code null}
 * @param line the 1-based line, or -1
 * @param column the 1-based column, or -1
 * @param record the 1-based record number, or -1
 * @param featureId the feature id, or {@code null}
 * @since 0.1
 */
public record Location(Path file, String entry, long line, long column, long record, String featureId)
        implements Serializable {

    /** Nowhere in particular. */
    public static final Location UNKNOWN = new Location(null, null, -1, -1, -1, null);

    /** A whole file. */
    public static Location of(Path file) {
        return new Location(file, null, -1, -1, -1, null);
    }

    /** A line and column of a file. */
    public static Location of(Path file, long line, long column) {
        return new Location(file, null, line, column, -1, null);
    }

    /** The same place inside {@code entryName} of the container. */
    public Location withEntry(String entryName) {
        return new Location(file, entryName, line, column, record, featureId);
    }

    /** The same place at a line and column. */
    public Location at(long newLine, long newColumn) {
        return new Location(file, entry, newLine, newColumn, record, featureId);
    }

    /** The same place at a record number. */
    public Location atRecord(long newRecord) {
        return new Location(file, entry, line, column, newRecord, featureId);
    }

    /** The same place for a feature id. */
    public Location withFeature(String id) {
        return new Location(file, entry, line, column, record, id);
    }

    /**
     * A compiler-style rendering: {@code file[!entry]:line:column}, then {@code record N} and
     * {@code feature ID} where known; empty when nothing is known.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (entry != null) {
            sb.append(file != null ? "!" : "").append(entry);
        }
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (record > 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("record ").append(record);
        }
        if (featureId != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("feature ").append(featureId);
        }
        return sb.toString();
    }

    /** Serialised as its {@link Form}: a {@link Path} is not serialisable, its text is. */
    private Object writeReplace() {
        return new Form(file == null ? null : file.toString(), entry, line, column, record, featureId);
    }

    /** The serialised form of a location: the file as its path text. */
    private record Form(String file, String entry, long line, long column, long record, String featureId)
            implements Serializable {

        private Object readResolve() {
            return new Location(file == null ? null : Path.of(file), entry, line, column, record, featureId);
        }
    }
}
