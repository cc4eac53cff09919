package org.planex.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * What tests need from outside the project: the {@code shared/} folder beside the checkout (test data suites,
 * code lists) and external tools such as GDAL's {@code ogr2ogr}. Outside CI a missing resource skips the test;
 * in CI ({@code CI=true}) it fails it, because a skipped case cannot fail and CI installs what the tests need.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.2
 */
public final class ExternalResources {

    private ExternalResources() {
    }

    /** Whether this run is CI's ({@code CI=true}). */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * A folder or file under {@code shared/} (beside the project root, which is {@code -Dplanex.root} or two
     * levels above the module), e.g. {@code testdata/shapefile}.
     *
     * @throws AssertionError in CI when it is missing; otherwise a skip
     */
    public static Path shared(String relative) {
        Path root = Path.of(System.getProperty("planex.root", "../.."));
        Path p = root.resolve("../shared").resolve(relative).normalize();
        require(Files.exists(p), "the shared resource " + p + " is missing");
        return p;
    }

    /**
     * Checks a command is on the PATH.
     *
     * @throws AssertionError in CI when it is missing; otherwise a skip
     */
    public static void requireTool(String command) {
        require(onPath(command), command + " is not installed");
    }

    /** Whether a command is on the PATH. */
    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs an external command (after {@link #requireTool}) and returns what it printed on standard output
     * and error together.
     *
     * @throws AssertionError if it exits with another code than 0 or runs for more than two minutes
     */
    public static String run(String... command) {
        requireTool(command[0]);
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (inCi()) {
            throw new AssertionError(what + " in CI; .ci/run must install it");
        }
        throw new TestAbortedException(what + "; skipped outside CI");
    }
}
