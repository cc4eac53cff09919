package org.planex.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.planex.validate.ValidationReport;

/**
 * Writes a {@link ValidationReport} as text.
 *
 * <p><b>Thread safety:</b> implementations are stateless.
 *
 * @since 0.1
 */
public interface ReportWriter {

    /** Writes the report; does not close the writer. */
    void write(ValidationReport report, Writer out) throws IOException;
}
