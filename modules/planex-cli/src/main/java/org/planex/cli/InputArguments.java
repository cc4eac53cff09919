package org.planex.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.planex.core.input.InputOptions;
import org.planex.core.profile.ProfileOptions;
import org.planex.model.CrsRef;
import picocli.CommandLine.Option;

/**
 * The input options every command that reads data shares ({@code convert}, {@code validate}, {@code info}):
 * the format and its options, how layers map to the plan, and the source CRS. One mixin, so the commands
 * accept the same options with the same help. Declared in each command as an argument group:
 * {@code @ArgGroup(validate = false, heading = HEADING) InputArguments input = new InputArguments();}.
 */
final class InputArguments {

    /** The heading of the options' help section. */
    static final String HEADING = "%nInput options:%n";

    @Option(names = "--from", paramLabel = "FORMAT", description = "The input format (default: detected; see 'planex formats').")
    String from;

    @Option(names = "--oo", paramLabel = "NAME=VALUE", description = "An option of the input format.")
    Map<String, String> openOptions;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "How layers map to the plan: generic, cn-plan-db, hk-ozp or a profile file (default: the"
                    + " built-in profile that fits the layer names; layers no profile names take a role from their"
                    + " geometry; see docs/profiles.md).")
    String profile;

    @Option(names = "--layer-role", paramLabel = "LAYER=ROLE",
            description = "Give a layer a role: zones, control:KIND, facilities, corridors or boundary.")
    Map<String, String> layerRoles = new LinkedHashMap<>();

    @Option(names = "--code-field", paramLabel = "FIELD", description = "The field of the zone layers holding the land-use code.")
    String codeField;

    @Option(names = "--code-system", paramLabel = "ID", description = "The code system of the zone codes, e.g. cn-ydyh-2023.")
    String codeSystem;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "The jurisdiction code, e.g. 310118"
            + " (default: from a boundary layer, else the input's file name, with a warning).")
    String jurisdiction;

    @Option(names = "--jurisdiction-name", paramLabel = "NAME", description = "The jurisdiction name, e.g. 青浦区.")
    String jurisdictionName;

    @Option(names = "--s-srs", paramLabel = "EPSG:N", converter = CrsConverter.class,
            description = "The CRS of the input, overriding a missing or wrong declaration.")
    CrsRef sourceCrs;

    /** The options of {@code args} (which picocli leaves {@code null} when none was given) for the input service. */
    static InputOptions options(InputArguments args) {
        if (args == null) {
            return InputOptions.DEFAULT;
        }
        return new InputOptions(args.from, args.openOptions, args.profile, new ProfileOptions(args.codeField,
                args.codeSystem, args.jurisdiction, args.jurisdictionName, args.layerRoles), args.sourceCrs);
    }
}
