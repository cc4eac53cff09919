package org.planex.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.ValidationReport;

/**
 * Writes a report file atomically: to a temporary file beside the target (created with the default
 * permissions, so the report is as readable as any other file the user writes), moved into place on success.
 *
 * @since 0.1
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes a report in UTF-8.
     *
     * @throws PlanexException OUTPUT_NOT_WRITABLE naming the file
     */
    public static void write(ValidationReport report, ReportFormat format, Path target) throws PlanexException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createFile(abs.resolveSibling("." + abs.getFileName() + "." + System.nanoTime() + ".tmp"));
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                format.writer().write(report, w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw PlanexException.notWritable(Location.of(target), "cannot write the report: " + e.getMessage()
                    + "; check the folder exists and is writable", e);
        }
    }
}
