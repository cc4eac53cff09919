package org.planex.core.profile;

import java.util.List;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.PlanexException;

/**
 * Picks the built-in profile that fits a layered dataset best: the one whose layer patterns (wildcard-only
 * patterns such as {@code *} left aside) name the most of its layers; {@code generic} on a tie or when none
 * fits. Used where a user gives several datasets at once (validation) and naming each profile would be a chore.
 *
 * @since 0.1
 */
public final class ProfileMatcher {

    private ProfileMatcher() {
    }

    /** The best built-in profile for these layers. */
    public static Profile best(List<LayerSchema> layers) throws PlanexException {
        Profile best = ProfileLoader.load("generic");
        int bestScore = score(best, layers);
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = ProfileLoader.load(name);
            int s = score(p, layers);
            if (s > bestScore) {
                best = p;
                bestScore = s;
            }
        }
        return best;
    }

    private static int score(Profile p, List<LayerSchema> layers) {
        int n = 0;
        for (LayerSchema l : layers) {
            for (LayerMapping m : p.layers()) {
                boolean specific = m.match().stream().anyMatch(pattern -> !pattern.replace("*", "").isEmpty());
                if (specific && new LayerMapping(m.role(), m.controlKind(), m.match().stream()
                        .filter(pattern -> !pattern.replace("*", "").isEmpty()).toList(), m.fields(), m.defaults())
                        .matches(l.name())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
