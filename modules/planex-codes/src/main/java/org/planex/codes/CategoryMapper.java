package org.planex.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.spi.codes.MappingFlag;

/**
 * Maps codes of any system to {@link HarmonisedCategory harmonised categories} through the registry's
 * crosswalks to {@value HarmonisedCategory#SYSTEM_ID}.
 *
 * <p>It never guesses: a code the crosswalk has no row for is unmapped, and the mapper does not fall back to
 * the code's parent, because a parent is often wider than its child (08 公共管理与公共服务用地 holds schools
 * and offices alike). The bundled crosswalks have a row for every code instead, parents included.
 *
 * <p><b>Thread safety:</b> immutable; safe for use from many threads.
 */
public final class CategoryMapper {

    private final CodeRegistry registry;

    /** Creates a mapper over the crosswalks of {@code registry}. */
    public CategoryMapper(CodeRegistry registry) {
        this.registry = registry;
    }

    /**
     * The categories of {@code rawCode} in {@code systemId}; the code is normalised first.
     *
     * @return the mapping, unmapped (with a note saying why) if no crosswalk or row gives a category
     * @throws PlanexException (usage) if the system is unknown
     */
    public CategoryMapping map(String systemId, String rawCode) throws PlanexException {
        CodeSystem system = registry.requireSystem(systemId);
        String code = system.normalise(rawCode);
        Optional<Crosswalk> crosswalk = registry.crosswalk(systemId, HarmonisedCategory.SYSTEM_ID);
        if (crosswalk.isEmpty()) {
            return new CategoryMapping(systemId, code, List.of(), Set.of(MappingFlag.UNMAPPED),
                    "no crosswalk from " + systemId + " to the harmonised categories");
        }
        CrosswalkResult result = crosswalk.get().map(code);
        List<HarmonisedCategory> categories = new ArrayList<>();
        for (String token : result.targets()) {
            categories.add(HarmonisedCategory.fromToken(token).orElseThrow(() -> new IllegalStateException(
                    "crosswalk " + crosswalk.get() + " maps " + code + " to '" + token + "', not a category")));
        }
        return new CategoryMapping(systemId, code, categories, result.flags(), result.note());
    }
}
