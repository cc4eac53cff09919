package org.planex.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.spi.codes.MappingFlag;

class CategoryMapperTest {

    private final CategoryMapper mapper = new CategoryMapper(CodeRegistry.load());

    @Test
    void aHongKongSubZoneIsMappedThroughItsZone() throws PlanexException {
        CategoryMapping m = mapper.map("hk-ozp", "R(A)4");
        assertThat(m.code()).isEqualTo("R(A)");
        assertThat(m.categories()).containsExactly(HarmonisedCategory.RESIDENTIAL);
    }

    @Test
    void anUnknownCodeIsUnmappedNotGivenItsParentsCategory() throws PlanexException {
        CategoryMapping m = mapper.map("cn-ydyh-2023", "070109");
        assertThat(m.isMapped()).isFalse();
        assertThat(m.has(MappingFlag.UNMAPPED)).isTrue();
    }

    @Test
    void judgementsCarryTheirReason() throws PlanexException {
        CategoryMapping m = mapper.map("cn-ydyh-2023", "1506");
        assertThat(m.categories()).containsExactly(HarmonisedCategory.NUISANCE_UTILITIES);
        assertThat(m.has(MappingFlag.JUDGEMENT)).isTrue();
        assertThat(m.note()).contains("crematoria");
    }
}
