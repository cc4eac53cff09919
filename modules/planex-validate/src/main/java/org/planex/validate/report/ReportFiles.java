package org.planex.validate.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;
import org.planex.validate.ValidationReport;

/**
 * Writes a report file atomically through {@link AtomicOutput}: to a temporary file beside the target, moved
 * into place on success, removed on failure.
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
        Path dir = target.toAbsolutePath().getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot create the report folder: " + e.getMessage()
                    + "; check the folder is writable", e);
        }
        try (AtomicOutput out = AtomicOutput.file(target)) {
            try (Writer w = Files.newBufferedWriter(out.path(), StandardCharsets.UTF_8)) {
                format.writer().write(report, w);
            } catch (IOException e) {
                throw PlanexException.notWritable(Location.of(target), "cannot write the report: " + e.getMessage()
                        + "; check the disk has room and the folder is writable", e);
            }
            out.commit();
        }
    }

    /**
     * Delivers a report as the commands do: to {@code target} when given (then a summary line naming it to
     * {@code out}), else to {@code out} itself.
     *
     * @throws PlanexException OUTPUT_NOT_WRITABLE naming the file or the stream
     */
    public static void deliver(ValidationReport report, ReportFormat format, PrintWriter out, Path target)
            throws PlanexException {
        if (target == null) {
            try {
                format.writer().write(report, out);
            } catch (IOException e) {
                throw PlanexException.notWritable(Location.UNKNOWN, "cannot write the report: " + e.getMessage(), e);
            }
            out.flush();
        } else {
            write(report, format, target);
            out.println(report.summaryLine() + "; " + format.token() + " report written to " + target);
        }
    }
}
