package org.planex.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.planex.spi.Capability;
import org.planex.spi.ExitCode;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.OptionDescriptor;
import org.planex.spi.PlanexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex formats}: the table of format providers, their capabilities and options.
 *
 * @since 0.1
 */
@Command(name = "formats", description = "List the formats planex reads and writes, with their options.")
public final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws PlanexException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-5s %-7s %-30s %s%n", "FORMAT", "MODE", "MODEL", "SUFFIXES", "NAME");
        for (FormatProvider p : parent.registry().providers()) {
            FormatDescriptor d = p.descriptor();
            String mode = (d.can(Capability.READ) ? "r" : "-") + (d.can(Capability.WRITE) ? "w" : "-");
            out.printf("%-12s %-5s %-7s %-30s %s%n", d.id(), mode, d.dataModel().name().toLowerCase(),
                    String.join(",", d.suffixes()), d.name());
        }
        for (FormatProvider p : parent.registry().providers()) {
            FormatDescriptor d = p.descriptor();
            if (d.options().isEmpty()) {
                continue;
            }
            out.printf("%nOptions of %s (--oo NAME=VALUE when reading, --co NAME=VALUE when writing):%n", d.id());
            for (OptionDescriptor<?> o : d.options()) {
                out.printf("  %-24s %s%s%n", o.name() + "=" + o.typeLabel(), o.description(),
                        o.defaultValue() == null ? "" : " [default: " + o.defaultValue() + "]");
            }
        }
        return ExitCode.OK.code();
    }
}
