package org.planex.fuzz.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A conversion by the real CLI in a child JVM ({@code java -cp <test classpath> org.planex.cli.Main convert ...})
 * killed with {@code SIGKILL} ({@link Process#destroyForcibly()}) a given delay after its first temporary
 * output appeared beside the target, that is, while it writes.
 */
final class KilledConversion {

    private static final long START_TIMEOUT_MS = 60_000;

    private KilledConversion() {
    }

    /**
     * What happened.
     *
     * @param midWrite whether the process was still running when killed
     * @param exitCode the exit code if it ended by itself before the kill, else -1
     */
    record Result(boolean midWrite, int exitCode) {
    }

    /**
     * Runs {@code planex ARGS} in a child JVM and kills it {@code delayMillis} after a temporary output of
     * {@code target} appeared; its standard error goes to {@code log}.
     */
    static Result run(List<String> args, Path target, long delayMillis, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.planex.cli.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (p.isAlive() && Leftovers.beside(target).marked().isEmpty()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(2);
            }
            if (p.isAlive()) {
                Thread.sleep(delayMillis);
            }
            boolean alive = p.isAlive();
            p.destroyForcibly();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the child JVM did not end after SIGKILL: " + Files.readString(log));
            }
            return new Result(alive, alive ? -1 : p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }
}
