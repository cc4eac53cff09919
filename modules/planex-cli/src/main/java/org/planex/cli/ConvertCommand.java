package org.planex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planex.core.convert.ConversionOptions;
import org.planex.core.convert.ConversionResult;
import org.planex.core.convert.PlanConverter;
import org.planex.model.CrsRef;
import org.planex.model.FeatureKind;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex convert}: reads a plan in one format and writes it in another, streaming. The output appears
 * only when the conversion succeeds.
 *
 * @since 0.1
 */
@Command(name = "convert", description = "Convert a plan between formats.")
public final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The plan package or GIS file to read.")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "The file or folder to write.")
    private Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "The output format (default: from the output name).")
    private String format;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input format (default: detected).")
    private String from;

    @Option(names = "--oo", paramLabel = "NAME=VALUE", description = "An option of the input format.")
    private Map<String, String> openOptions;

    @Option(names = "--co", paramLabel = "NAME=VALUE", description = "An option of the output format.")
    private Map<String, String> createOptions;

    @Option(names = "--overwrite", description = "Replace the output if it exists.")
    private boolean overwrite;

    @Mixin
    private ProfileArguments profile;

    @Option(names = "--s-srs", paramLabel = "EPSG:N", converter = CrsConverter.class,
            description = "The CRS of the input, overriding a missing or wrong declaration.")
    private CrsRef sourceCrs;

    @Option(names = "--t-srs", paramLabel = "EPSG:N", converter = CrsConverter.class,
            description = "Reproject to this CRS.")
    private CrsRef targetCrs;

    @Override
    public Integer call() throws PlanexException {
        FormatProvider out = FormatChoice.forOutput(parent.registry(), output, format);
        FormatProvider in = FormatChoice.forInput(parent.registry(), input, from);
        if (Files.exists(output) && !overwrite) {
            throw PlanexException.notWritable(Location.of(output), "output exists; add --overwrite to replace it", null);
        }
        if (Files.exists(input) && Files.exists(output) && sameFile(input, output)) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(output), "output is the input; choose another name");
        }
        ConversionOptions options = new ConversionOptions(profile.resolve(), sourceCrs, targetCrs);
        ConversionResult r = new PlanConverter().convert(in, FormatChoice.read(in, input, openOptions, parent.warnings()),
                out, FormatChoice.write(out, output, createOptions, parent.warnings()), options);
        double seconds = r.elapsed().toNanos() / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "%s (%s) -> %s (%s): %d features (%s)%s in %.2f s, %.0f features/s%n",
                input, in.descriptor().id(), output, out.descriptor().id(), r.features(), counts(r.counts()),
                r.attachments() > 0 ? ", " + r.attachments() + " attachment(s)" : "", seconds,
                seconds > 0 ? r.features() / seconds : 0);
        return ExitCodes.OK;
    }

    private static String counts(Map<FeatureKind, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (FeatureKind k : FeatureKind.values()) {
            long n = counts.getOrDefault(k, 0L);
            sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(k.token());
        }
        return sb.toString();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
