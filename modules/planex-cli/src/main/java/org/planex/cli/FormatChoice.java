package org.planex.cli;

import java.nio.file.Path;
import java.util.Map;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.Capability;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * Picks the provider for an output (named, or by the suffix of its name) and builds its context with the
 * options the user gave; inputs are opened by {@link org.planex.core.input.InputOpener}.
 */
final class FormatChoice {

    private FormatChoice() {
    }

    static FormatProvider forOutput(FormatRegistry registry, Path output, String id) throws PlanexException {
        if (id != null) {
            return registry.getWritable(id);
        }
        String name = output.getFileName().toString();
        FormatProvider best = null;
        int bestLength = -1;
        boolean tie = false;
        for (FormatProvider p : registry.providers()) {
            String suffix = p.descriptor().matchingSuffix(name);
            if (suffix == null || !p.descriptor().can(Capability.WRITE)) {
                continue;
            }
            if (suffix.length() > bestLength) {
                best = p;
                bestLength = suffix.length();
                tie = false;
            } else if (suffix.length() == bestLength) {
                tie = true;
            }
        }
        if (best == null || tie) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(output), (best == null
                    ? "cannot tell the output format from the name"
                    : "the output name fits several formats") + "; name it with -f (see 'planex formats')");
        }
        return best;
    }

    static WriteContext write(FormatProvider p, Path output, Map<String, String> options, WarningListener w)
            throws PlanexException {
        return new WriteContext(output, FormatRegistry.parseOptions(p, options), w);
    }
}
