package org.planex.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.planex.core.profile.Profile;
import org.planex.core.profile.ProfileLoader;
import org.planex.core.profile.ProfileOptions;
import org.planex.spi.PlanexException;
import picocli.CommandLine.Option;

/** The profile options shared by commands that read or write layered GIS data. */
final class ProfileArguments {

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "generic",
            description = "How layers map to the plan: generic, cn-plan-db, hk-ozp, or a profile file "
                    + "(default: ${DEFAULT-VALUE}; see docs/profiles.md).")
    String profile;

    @Option(names = "--code-field", paramLabel = "FIELD", description = "The field of the zone layers holding the land-use code.")
    String codeField;

    @Option(names = "--code-system", paramLabel = "ID", description = "The code system of the zone codes, e.g. cn-ydyh-2023.")
    String codeSystem;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "The jurisdiction code, e.g. 310118.")
    String jurisdiction;

    @Option(names = "--jurisdiction-name", paramLabel = "NAME", description = "The jurisdiction name, e.g. 青浦区.")
    String jurisdictionName;

    @Option(names = "--layer-role", paramLabel = "LAYER=ROLE",
            description = "Give a layer a role: zones, control:KIND, facilities, corridors or boundary.")
    Map<String, String> layerRoles = new LinkedHashMap<>();

    /** The profile with the options applied. */
    Profile resolve() throws PlanexException {
        Profile p = ProfileLoader.load(profile);
        try {
            return p.with(new ProfileOptions(codeField, codeSystem, jurisdiction, jurisdictionName, layerRoles));
        } catch (IllegalArgumentException e) {
            throw new PlanexException(org.planex.spi.ErrorKind.USAGE, org.planex.spi.Location.UNKNOWN,
                    "--layer-role: " + e.getMessage());
        }
    }
}
