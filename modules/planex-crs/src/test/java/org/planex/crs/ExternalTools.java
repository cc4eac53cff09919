package org.planex.crs;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * GDAL and the shared test data for tests: skipped when absent on a developer machine, a failure when
 * {@code CI=true}.
 */
final class ExternalTools {

    private ExternalTools() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or fails on CI) unless the program is on the PATH. */
    static void require(String program) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, program));
        }
        if (!found && onCi()) {
            fail(program + " is not on the PATH, and CI=true requires it (apt-get install gdal-bin)");
        }
        assumeTrue(found, program + " is not on the PATH");
    }

    /** A file of the shared test data beside the checkout ({@code ../shared/testdata}): skipped when missing, a failure on CI. */
    static Path shared(String relative) {
        Path file = Path.of(System.getProperty("planex.root", "../.."), "..", "shared", "testdata").resolve(relative);
        if (!Files.isRegularFile(file) && onCi()) {
            fail("shared test data " + relative + " is missing, and CI=true requires it");
        }
        assumeTrue(Files.isRegularFile(file), "shared test data " + relative + " is missing");
        return file;
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
