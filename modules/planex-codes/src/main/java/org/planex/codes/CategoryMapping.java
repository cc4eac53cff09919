package org.planex.codes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.spi.codes.MappingFlag;

/**
 * The harmonised categories of one code.
 *
 * @param system the code system id
 * @param code the normalised code
 * @param categories the categories, one unless the code needs subdivision; empty when unmapped
 * @param flags the remarks of the crosswalk
 * @param note why the mapping is a judgement or the code unmapped; may be empty
 */
public record CategoryMapping(String system, String code, List<HarmonisedCategory> categories,
        Set<MappingFlag> flags, String note) {

    /** Copies the collections. */
    public CategoryMapping {
        categories = List.copyOf(categories);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Whether the code has at least one category. */
    public boolean isMapped() {
        return !categories.isEmpty();
    }

    /** Whether the result carries {@code flag}. */
    public boolean has(MappingFlag flag) {
        return flags.contains(flag);
    }
}
