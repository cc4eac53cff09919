package org.planex.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files of a folder as a ZIP, entries named by their path inside the folder with {@code /}, in name
 * order: how a converted output that is a folder is sent.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.3
 */
final class FolderZip {

    private FolderZip() {
    }

    /** Writes the ZIP to {@code out}, which is closed. */
    static void write(Path folder, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }
}
