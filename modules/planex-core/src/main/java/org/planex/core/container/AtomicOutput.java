package org.planex.core.container;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * An output that appears complete or not at all: everything is written to a temporary file or folder beside
 * the target, which {@link #commit()} moves into place (atomically where the file system can) and
 * {@link #abort()} deletes. Closing without commit aborts.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.1
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean folder;
    private boolean done;

    private AtomicOutput(Path target, boolean folder) throws PlanexException {
        this.target = target.toAbsolutePath().normalize();
        this.folder = folder;
        Path parent = this.target.getParent();
        Location where = Location.of(target);
        if (parent == null || !Files.isDirectory(parent)) {
            throw PlanexException.notWritable(where, "the folder " + parent + " does not exist; create it first",
                    null);
        }
        if (Files.isDirectory(this.target) != folder && Files.exists(this.target)) {
            throw PlanexException.notWritable(where, (folder ? "a file" : "a folder")
                    + " of that name exists; remove it or choose another output name", null);
        }
        this.temp = parent.resolve("." + this.target.getFileName() + ".planex-" + UUID.randomUUID() + ".tmp");
        try {
            if (folder) {
                Files.createDirectory(temp);
            } else {
                Files.createFile(temp);
            }
        } catch (IOException e) {
            throw PlanexException.notWritable(where, "cannot create a temporary output in " + parent + ": "
                    + e.getMessage(), e);
        }
    }

    /** A file output. */
    public static AtomicOutput file(Path target) throws PlanexException {
        return new AtomicOutput(target, false);
    }

    /** A folder output. */
    public static AtomicOutput folder(Path target) throws PlanexException {
        return new AtomicOutput(target, true);
    }

    /** The temporary file or folder to write to. */
    public Path path() {
        return temp;
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** Moves the output into place, replacing what was there. */
    public void commit() throws PlanexException {
        if (done) {
            throw new IllegalStateException("output already committed or aborted");
        }
        try {
            if (folder && Files.exists(target)) {
                Path old = target.resolveSibling("." + target.getFileName() + ".planex-old-" + UUID.randomUUID());
                Files.move(target, old);
                Files.move(temp, target);
                deleteRecursively(old);
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            done = true;
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot move the output into place: "
                    + e.getMessage(), e);
        }
    }

    /** Deletes the temporary output. Idempotent; never throws. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            deleteRecursively(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
