package org.planex.fuzz.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder in which nothing can be created, renamed or deleted while this is open. As a normal user, its write
 * permission is removed; as root, which permissions do not stop, it is made immutable ({@code chattr +i}, ext4
 * and most Linux file systems). Either way a probe file proves that writes fail before the fault counts.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    /**
     * Makes {@code folder} read-only.
     *
     * @throws AssertionError in CI if no way works; otherwise a skip
     */
    static ReadOnlyFolder lock(Path folder) throws IOException {
        boolean immutable = Commands.root();
        if (immutable) {
            if (!Commands.succeeds("chattr", "+i", folder.toString())) {
                throw Commands.cannotInject("chattr +i does not work on " + folder);
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        ReadOnlyFolder locked = new ReadOnlyFolder(folder, immutable);
        if (writable(folder)) {
            locked.close();
            throw Commands.cannotInject("files can still be created in " + folder + " after "
                    + locked.method());
        }
        return locked;
    }

    /** How the folder was locked, for the matrix note. */
    String method() {
        return immutable ? "chattr +i (running as root)" : "chmod a-w";
    }

    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            if (!Commands.succeeds("chattr", "-i", folder.toString())) {
                throw new IOException("cannot undo chattr +i on " + folder);
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
