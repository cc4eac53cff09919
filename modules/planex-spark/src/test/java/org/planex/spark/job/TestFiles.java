package org.planex.spark.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files for the tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
