package org.planex.spi.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;

/** The contract without an implementation: planex-spi's own tests have none on the class path. */
class CrsDefinitionsTest {

    @Test
    void withoutAnImplementationTheErrorNamesTheMissingModule() {
        assertThatThrownBy(CrsDefinitions::provider).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("planex-crs").hasMessageContaining("META-INF/services");
    }

    @Test
    void definitionsRefuseNullsAndNonPositiveUnits() {
        CrsDefinition d = new CrsDefinition(CrsRef.epsg(2227), "NAD83 / California zone 3 (ftUS)",
                CrsKind.PROJECTED, AxisOrder.EAST_NORTH, "US survey foot", 0.304800609601219, false, "", "PROJCS[]");
        assertThat(d.hasOgcWkt()).isFalse();
        assertThat(d.hasEsriWkt()).isTrue();
        assertThat(d).hasToString("EPSG:2227 NAD83 / California zone 3 (ftUS)");
        assertThatThrownBy(() -> new CrsDefinition(CrsRef.epsg(1), "x", CrsKind.GEOGRAPHIC, AxisOrder.NORTH_EAST,
                "degree", 0, false, "", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrsMatch(CrsRef.epsg(1), null, "x")).isInstanceOf(NullPointerException.class);
    }
}
