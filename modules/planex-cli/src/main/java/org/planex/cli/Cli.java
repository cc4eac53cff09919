package org.planex.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.planex.spi.ExitCode;
import org.planex.spi.PlanexException;
import picocli.CommandLine;

/**
 * Runs the command line with given streams and returns the exit code, so that tests run planex in-process
 * exactly as users do.
 *
 * @since 0.1
 */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs planex.
     *
     * @return the exit code ({@link ExitCode})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PlanexCommand root = new PlanexCommand();
        CommandLine cl = new CommandLine(root);
        footer(cl, "", ExitCode.summary());
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("planex: " + ex.getMessage());
            CommandLine c = ex.getCommandLine();
            e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = root.debug();
            if (ex instanceof PlanexException p) {
                e.println("planex: " + p.getMessage());
                if (debug) {
                    p.printStackTrace(e);
                }
                return p.getKind().exitCode();
            }
            e.println("planex: internal error: " + ex + (debug ? "" : " (run again with --debug for details)"));
            if (debug) {
                ex.printStackTrace(e);
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError oom) {
            e.println("planex: out of memory (the Java heap holds at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); nothing was written. Run again with a larger heap, e.g. PLANEX_JAVA_OPTS=-Xmx4g ./planex ..."
                    + " (a plan boundary derived from many separate zones is as large as the zones: map a boundary layer"
                    + " with --layer-role LAYER=boundary to avoid it)");
            code = ExitCode.INTERNAL_ERROR.code();
        }
        o.flush();
        e.flush();
        return code;
    }

    /** Gives {@code command} and all its sub-commands the footer (what {@code scope = INHERIT} would do). */
    private static void footer(CommandLine command, String... lines) {
        command.getCommandSpec().usageMessage().footer(lines);
        command.getSubcommands().values().forEach(sub -> footer(sub, lines));
    }
}
