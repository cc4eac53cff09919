package org.planex.spi.io;

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
 * An output that appears complete or not at all. Everything is written to a temporary file or folder beside
 * the target ({@link #path()}); {@link #commit()} moves it into place and {@link #abort()} deletes it. Closing
 * without commit aborts. Temporary names are unique and recognisable, {@code .<name>.planex-<uuid>.tmp}, so two
 * outputs in one folder never collide and a crash leaves files that say what they are.
 *
 * <p><b>File output</b> ({@link #file}): commit renames the temporary file over the target, atomically where the
 * file system can.
 *
 * <p><b>Folder output</b> ({@link #folder}): the target is refused if a non-folder of that name exists. A new
 * target is created by renaming the temporary folder into place. An existing target folder is
 * <em>replaced as a whole</em> by staged rename: commit renames the old folder aside (to a temporary name),
 * renames the new one into place and then deletes the old one; should the second rename fail, the old folder
 * is renamed back, so the target holds either the old content or the new, never a mix. Files in the old folder
 * that this output did not write (foreign files) are therefore deleted with it: a folder output replaces, it
 * does not merge. This is the contract of the CLI, which refuses an existing output unless {@code --overwrite}
 * ("replace the output if it exists") is given, and of batch conversion, which refuses existing outputs.
 *
 * <p>{@link #scratch()} gives a temporary folder beside the target for intermediate files (such as the parts of
 * an archive), deleted on commit and on abort.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.3
 */
public final class AtomicOutput implements AutoCloseable {

    /** The part of every temporary name between the target's name and the unique id. */
    public static final String TEMP_MARK = ".planex-";

    private final Path target;
    private final Path temp;
    private final boolean folder;
    private Path scratch;
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
        if (Files.exists(this.target) && Files.isDirectory(this.target) != folder) {
            throw PlanexException.notWritable(where, (folder ? "a file" : "a folder")
                    + " of that name exists; remove it or choose another output name", null);
        }
        this.temp = temporarySibling();
        try {
            if (folder) {
                Files.createDirectory(temp);
            } else {
                Files.createFile(temp);
            }
        } catch (IOException e) {
            throw PlanexException.notWritable(where, "cannot create a temporary output in " + parent + ": "
                    + e.getMessage() + "; check that the folder is writable", e);
        }
    }

    /**
     * A file output.
     *
     * @throws PlanexException if the target's folder does not exist, a folder of the target's name exists or
     *     the temporary file cannot be created
     */
    public static AtomicOutput file(Path target) throws PlanexException {
        return new AtomicOutput(target, false);
    }

    /**
     * A folder output, which replaces an existing target folder as a whole on commit.
     *
     * @throws PlanexException if the target's folder does not exist, a file of the target's name exists or the
     *     temporary folder cannot be created
     */
    public static AtomicOutput folder(Path target) throws PlanexException {
        return new AtomicOutput(target, true);
    }

    /** Whether {@code name} is a temporary name of an output for a target named {@code targetName}. */
    public static boolean isTemporaryName(String name, String targetName) {
        return name.startsWith("." + targetName + TEMP_MARK) && name.endsWith(".tmp");
    }

    /** The temporary file or folder to write to. */
    public Path path() {
        return temp;
    }

    /** The final location (absolute). */
    public Path target() {
        return target;
    }

    /** Whether this is a folder output. */
    public boolean isFolder() {
        return folder;
    }

    /**
     * A temporary folder beside the target for intermediate files, created on first call and deleted on
     * commit and abort.
     *
     * @throws PlanexException if it cannot be created
     */
    public Path scratch() throws PlanexException {
        requireOpen();
        if (scratch == null) {
            Path p = temporarySibling();
            try {
                scratch = Files.createDirectory(p);
            } catch (IOException e) {
                throw PlanexException.notWritable(Location.of(target), "cannot create a temporary folder beside"
                        + " the output: " + e.getMessage() + "; check that the folder is writable", e);
            }
        }
        return scratch;
    }

    /**
     * Moves the output into place, replacing what was there (a folder as a whole, see the class comment).
     * On failure the output is aborted and the target left as it was.
     *
     * @throws IllegalStateException if committed or aborted already
     * @throws PlanexException if the output cannot be moved into place
     */
    public void commit() throws PlanexException {
        requireOpen();
        try {
            if (folder && Files.exists(target)) {
                replaceFolder();
            } else {
                move(temp, target);
            }
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot move the output into place: "
                    + e.getMessage() + "; the target was left as it was", e);
        }
        done = true;
        deleteQuietly(scratch);
    }

    private void replaceFolder() throws IOException {
        Path old = temporarySibling();
        Files.move(target, old);
        try {
            Files.move(temp, target);
        } catch (IOException e) {
            Files.move(old, target);
            throw e;
        }
        deleteQuietly(old);
    }

    /** Deletes the temporary output and scratch folder. Idempotent; never throws; no-op after commit. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        deleteQuietly(temp);
        deleteQuietly(scratch);
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("output " + target + " is already committed or aborted");
        }
    }

    private Path temporarySibling() {
        return target.resolveSibling("." + target.getFileName() + TEMP_MARK + UUID.randomUUID() + ".tmp");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file or a folder tree; what cannot be deleted is deleted on exit. Accepts {@code null}. */
    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try {
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
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
