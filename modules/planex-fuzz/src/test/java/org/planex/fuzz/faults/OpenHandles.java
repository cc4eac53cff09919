package org.planex.fuzz.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files this JVM still holds open under a folder, from {@code /proc/self/fd} (Linux): after a failed
 * conversion there must be none, or a deleted temporary file keeps its disk space and its file system busy.
 */
final class OpenHandles {

    private OpenHandles() {
    }

    /** The paths open under {@code folder} (deleted ones end with {@code " (deleted)"}). */
    static List<String> under(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        String prefix = folder.toAbsolutePath().normalize() + "/";
        List<String> open = new ArrayList<>();
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : s.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(prefix)) {
                        open.add(target);
                    }
                } catch (IOException e) {
                    // the descriptor was closed while listing: it is not open
                    continue;
                }
            }
        }
        return open;
    }
}
