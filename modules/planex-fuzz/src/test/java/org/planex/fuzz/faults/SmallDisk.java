package org.planex.fuzz.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder on its own small file system, a tmpfs of a few hundred KiB mounted for the test, so that writes
 * fail with "No space left on device" part way through an output, as on a full disk. Mounting needs root
 * (or {@code CAP_SYS_ADMIN}).
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /**
     * Mounts a tmpfs of {@code kib} KiB on {@code mountPoint} (created if needed).
     *
     * @throws AssertionError in CI if it cannot be mounted; otherwise a skip
     */
    static SmallDisk mount(Path mountPoint, int kib) throws IOException {
        Files.createDirectories(mountPoint);
        if (!Commands.succeeds("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "planex-faults",
                mountPoint.toString())) {
            throw Commands.cannotInject("cannot mount a tmpfs on " + mountPoint + " (needs root)");
        }
        return new SmallDisk(mountPoint);
    }

    /** The mounted folder. */
    Path folder() {
        return mountPoint;
    }

    /**
     * Unmounts the tmpfs. If a file on it is still open, which only a leaked file handle explains once the
     * conversion has returned, it is detached lazily ({@code umount -l}) and this fails.
     *
     * @throws IOException if the tmpfs was busy or cannot be unmounted
     */
    @Override
    public void close() throws IOException {
        if (!Commands.succeeds("umount", mountPoint.toString())) {
            boolean detached = Commands.succeeds("umount", "-l", mountPoint.toString());
            throw new IOException("cannot unmount the tmpfs on " + mountPoint + (detached ? ": busy, a file on it"
                    + " is still open (detached lazily)" : ""));
        }
    }
}
