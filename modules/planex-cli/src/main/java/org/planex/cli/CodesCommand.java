package org.planex.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planex.codes.CodeRegistry;
import org.planex.model.PlanType;
import org.planex.spi.ExitCode;
import org.planex.spi.PlanexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex codes}: zoning code systems, crosswalks and the compatibility matrix. It parses the arguments;
 * {@link CodesConsole} prints the answers and decides the exit codes (see {@code docs/codes.md}).
 *
 * @since 0.1
 */
@Command(name = "codes", description = "List code systems, show and map codes, check a column of codes,"
        + " and ask the compatibility matrix.")
public final class CodesCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE.code();
    }

    /** {@code planex codes list}. */
    @Command(name = "list", description = "List the code systems, crosswalks and harmonised categories.")
    int list() throws PlanexException {
        return console().list();
    }

    /** {@code planex codes show SYSTEM CODE}. */
    @Command(name = "show", description = "Show a code: name, level, parent, children, category and HILUCS.")
    int show(@Parameters(index = "0", paramLabel = "SYSTEM", description = "Code system id, e.g. cn-ydyh-2023.")
            String system,
            @Parameters(index = "1", paramLabel = "CODE", description = "The code, e.g. 070102 or R(A)4.")
            String code) throws PlanexException {
        return console().show(system, code);
    }

    /** {@code planex codes map SYSTEM CODE --to SYSTEM}. */
    @Command(name = "map", description = "Map a code to another system or to planex-category.")
    int map(@Parameters(index = "0", paramLabel = "SYSTEM", description = "Source code system id.") String system,
            @Parameters(index = "1", paramLabel = "CODE", description = "The code.") String code,
            @Option(names = "--to", required = true, paramLabel = "SYSTEM",
                    description = "Target code system id, or planex-category.") String to) throws PlanexException {
        return console().map(system, code, to);
    }

    /** {@code planex codes check SYSTEM FILE}. */
    @Command(name = "check", description = "Check a column of codes: unknown, deprecated, unmapped, wrong level.")
    int check(@Parameters(index = "0", paramLabel = "SYSTEM", description = "Code system id.") String system,
            @Parameters(index = "1", paramLabel = "FILE", description = "One code per line, or a CSV with --column.")
            Path file,
            @Option(names = "--column", paramLabel = "NAME",
                    description = "The CSV column (by header name) that holds the codes.") String column,
            @Option(names = "--plan-type", paramLabel = "TYPE",
                    description = "master, detailed, special or zoning: also check the code levels.") String planType,
            @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
                    description = "Text encoding of FILE (default: ${DEFAULT-VALUE}).") String encoding)
            throws PlanexException {
        CodesCheckOptions options = CodesCheckOptions.defaults();
        if (column != null) {
            options = options.withColumn(column);
        }
        try {
            if (planType != null) {
                options = options.withPlanType(PlanType.fromToken(planType));
            }
            options = options.withEncoding(Charset.forName(encoding));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return usage("unknown encoding '" + encoding + "'");
        } catch (IllegalArgumentException e) {
            return usage("--plan-type: " + e.getMessage());
        }
        return console().check(system, file, options);
    }

    /** {@code planex codes compat A B}. */
    @Command(name = "compat", description = "The matrix verdict for two sides, each a category or SYSTEM:CODE.")
    int compat(@Parameters(index = "0", paramLabel = "A", description = "A category or SYSTEM:CODE.") String a,
            @Parameters(index = "1", paramLabel = "B", description = "A category or SYSTEM:CODE.") String b,
            @Option(names = "--compat", paramLabel = "FILE",
                    description = "A compatibility matrix file replacing the bundled one.") Path matrix)
            throws PlanexException {
        return console().compat(a, b, Optional.ofNullable(matrix));
    }

    private CodesConsole console() throws PlanexException {
        return new CodesConsole(CodeRegistry.load(parent.plugins()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    private int usage(String reason) {
        spec.commandLine().getErr().println("planex codes: " + reason);
        return ExitCode.USAGE.code();
    }
}
