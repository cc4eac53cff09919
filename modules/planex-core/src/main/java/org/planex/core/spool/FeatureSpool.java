package org.planex.core.spool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.planex.model.PlanFeature;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;

/**
 * Plan features written to a temporary file and read back in the same order, exactly as they were: ids, names,
 * codes, kinds, every attribute with its type (decimals with their scale), geometries as WKB with all their
 * ordinates. Memory holds one feature and the stream buffers, whatever the number of features.
 *
 * <p>The file is created beside the output it serves (where the user has room for that output), under a name
 * that says what it is ({@code .<output>.planex-<uuid>.spool}), or in the temporary folder
 * ({@code java.io.tmpdir}) when a reader spools without an output; {@link #close()} deletes it.
 *
 * <p><b>States:</b> WRITING ({@link #write}) until {@link #replay()}, then REPLAYING; {@link #close()} from either
 * deletes the file. <b>Thread safety:</b> used by one thread.
 *
 * @since 0.3
 */
public final class FeatureSpool implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final Location where;
    private final DataOutputStream out;
    private final FeatureCodec codec = new FeatureCodec();
    private DataInputStream in;
    private long written;
    private long read;
    private boolean closed;

    private FeatureSpool(Path file, Location where) throws PlanexException {
        this.file = file;
        this.where = where;
        try {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(file), "cannot create a temporary spool file: "
                    + e.getMessage() + "; free space or permissions in that folder are needed for the conversion", e);
        }
    }

    /**
     * A new, empty spool for the output {@code target}: its file lies in the target's folder.
     *
     * @throws PlanexException NOT_WRITABLE if the file cannot be created
     */
    public static FeatureSpool beside(Path target) throws PlanexException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw PlanexException.notWritable(Location.of(target), "the folder " + folder + " does not exist; create it"
                    + " first", null);
        }
        return new FeatureSpool(folder.resolve("." + absolute.getFileName() + AtomicOutput.TEMP_MARK + UUID.randomUUID()
                + ".spool"), Location.of(target));
    }

    /**
     * A new, empty spool in the temporary folder ({@code java.io.tmpdir}), for a reader that has no output.
     *
     * @param where names what is spooled in errors
     * @throws PlanexException NOT_WRITABLE if the file cannot be created
     */
    public static FeatureSpool inTempFolder(Location where) throws PlanexException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        if (!Files.isDirectory(folder)) {
            throw PlanexException.notWritable(Location.of(folder), "the temporary folder does not exist; create it or"
                    + " set java.io.tmpdir (JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=DIR)", null);
        }
        return new FeatureSpool(folder.resolve(AtomicOutput.TEMP_MARK.substring(1) + UUID.randomUUID() + ".spool"), where);
    }

    /** The spool file (for tests and messages). */
    public Path file() {
        return file;
    }

    /** The number of features written. */
    public long size() {
        return written;
    }

    /**
     * Appends a feature.
     *
     * @throws IllegalStateException after {@link #replay()} or {@link #close()}
     * @throws PlanexException NOT_WRITABLE if the disk refuses the write
     */
    public void write(PlanFeature feature) throws PlanexException {
        if (closed || in != null) {
            throw new IllegalStateException("the spool is " + (closed ? "closed" : "being replayed") + "; write before"
                    + " replay()");
        }
        try {
            codec.write(feature, out);
        } catch (IOException e) {
            throw PlanexException.notWritable(where.withFeature(feature.id()), "cannot write the temporary spool "
                    + file + ": " + e.getMessage() + "; free disk space in that folder", e);
        }
        written++;
    }

    /**
     * Ends writing and starts reading from the first feature. Called once.
     *
     * @throws IllegalStateException if called twice or after {@link #close()}
     */
    public void replay() throws PlanexException {
        if (closed || in != null) {
            throw new IllegalStateException("replay() is called once, before close()");
        }
        try {
            out.close();
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        } catch (IOException e) {
            throw PlanexException.notWritable(where, "cannot finish the temporary spool " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The next feature in the order written, or {@code null} after the last.
     *
     * @throws IllegalStateException before {@link #replay()}
     */
    public PlanFeature read() throws PlanexException {
        if (in == null || closed) {
            throw new IllegalStateException("read() needs replay() first and an open spool");
        }
        if (read == written) {
            return null;
        }
        try {
            PlanFeature f = codec.read(in);
            read++;
            return f;
        } catch (EOFException e) {
            throw PlanexException.unreadable(Location.of(file), "the temporary spool ended after " + read + " of "
                    + written + " features; was it removed or truncated during the conversion?", e);
        } catch (IOException | UncheckedIOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the temporary spool: " + e.getMessage(), e);
        }
    }

    /** Deletes the spool file. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (in != null) {
                in.close();
            } else {
                out.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next; a close failure loses nothing
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
