package org.planex.crs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.planex.testkit.ExternalResources;

/**
 * GDAL and the shared test data for the CRS tests, through testkit's {@link ExternalResources} (skipped when
 * absent on a developer machine, a failure when {@code CI=true}), and running GDAL with planex's axis order.
 */
final class ExternalTools {

    private ExternalTools() {
    }

    /** Skips (or fails on CI) unless the program is on the PATH. */
    static void require(String program) {
        ExternalResources.requireTool(program);
    }

    /** A file of the shared test data beside the checkout ({@code ../shared/testdata}): skipped when missing, a failure on CI. */
    static Path shared(String relative) {
        return ExternalResources.shared("testdata/" + relative);
    }

    /** Runs a command and returns its standard output. */
    static String run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OGR_CT_FORCE_TRADITIONAL_GIS_ORDER", "YES");
        Process p = pb.start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
        return out;
    }
}
