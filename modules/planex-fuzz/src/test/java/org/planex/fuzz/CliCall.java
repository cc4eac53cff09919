package org.planex.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.planex.cli.Cli;

/**
 * One run of the real {@code planex} command line in this JVM, with what it printed.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliCall(int exitCode, String out, String err) {

    /** Runs {@code planex ARGS} and captures its output. */
    public static CliCall run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliCall(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code planex ARGS} and captures its output. */
    public static CliCall run(String... args) {
        return run(List.of(args));
    }

    /** The run, for assertion messages. */
    public String describe() {
        return "exit " + exitCode + "\nstdout: " + out + "\nstderr: " + err;
    }
}
