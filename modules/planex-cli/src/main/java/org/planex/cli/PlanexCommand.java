package org.planex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.ExitCode;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code planex} command: global options and the list of sub-commands.
 *
 * @since 0.1
 */
@Command(name = "planex", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Exchange and validate spatial plans between neighbouring jurisdictions.",
        subcommands = {FormatsCommand.class, InfoCommand.class, ConvertCommand.class, DemoCommand.class,
            CodesCommand.class, ValidateCommand.class, ServeCommand.class, HelpCommand.class})
public final class PlanexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean debug;

    @Option(names = "--plugins", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Also load plugins (formats, code systems, validation rules) from the jars in DIR.")
    private Path plugins;

    private ClassLoader loader;
    private FormatRegistry registry;

    /** Whether {@code --debug} was given. */
    public boolean debug() {
        return debug;
    }

    /**
     * The class loader to find plugins with ({@link java.util.ServiceLoader}): planex's own, plus the jars of
     * {@code --plugins} when given; made once.
     */
    public ClassLoader plugins() throws PlanexException {
        if (loader == null) {
            loader = plugins == null ? PlanexCommand.class.getClassLoader() : FormatRegistry.pluginClassLoader(plugins);
        }
        return loader;
    }

    /** The format registry, with the plugins of {@code --plugins}; loaded once. */
    public FormatRegistry registry() throws PlanexException {
        if (registry == null) {
            registry = FormatRegistry.load(plugins());
        }
        return registry;
    }

    /** A warning listener that prints {@code planex: warning: ...} lines on standard error. */
    public WarningListener warnings() {
        return (location, message) -> {
            String where = location.toString();
            spec.commandLine().getErr().println("planex: warning: " + (where.isEmpty() ? "" : where + ": ") + message);
        };
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE.code();
    }
}
