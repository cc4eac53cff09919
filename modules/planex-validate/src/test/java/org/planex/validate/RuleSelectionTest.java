package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;

class RuleSelectionTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "--rules {0} --skip {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-|-|BORDER.GAP|true",
        "BORDER.*|-|BORDER.GAP|true",
        "BORDER.*|-|XB.ZONE_CONFLICT|false",
        "border.*, xb.*|-|XB.ZONE_CONFLICT|true",
        "-|*.SLIVER|TOPO.SLIVER|false",
        "-|*.SLIVER|TOPO.GAP|true",
        "BORDER.*|BORDER.OFFSET|BORDER.OFFSET|false",
        "GEOM.INVALID|-|GEOM.INVALID_X|false"
    })
    void globsSelectIssueIds(String rules, String skip, String id, boolean selected) {
        assertThat(RuleSelection.of(rules, skip).selects(id)).isEqualTo(selected);
    }

    @Test
    void aMalformedGlobIsRefused() {
        assertThatThrownBy(() -> RuleSelection.of("BORDER.;", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BORDER.;");
    }

    @Test
    void theCatalogHoldsEveryBundledRuleOnce() {
        RuleCatalog catalog = RuleCatalog.load();
        assertThat(catalog.issueIds()).contains("PKG.CHECKSUM", "SCHEMA.XSD", "GEOM.INVALID", "GEOM.EMPTY",
                "CRS.SWAPPED_AXES", "CODE.UNKNOWN", "CODE.DEPRECATED", "CODE.UNMAPPED", "TOPO.OVERLAP", "TOPO.GAP",
                "TOPO.OUTSIDE", "TOPO.CONTROL_CONFLICT", "TOPO.SLIVER", "BORDER.GAP", "BORDER.OVERLAP",
                "BORDER.SLIVER", "BORDER.OFFSET", "XB.ZONE_CONFLICT", "XB.CONTROL_DISCONTINUITY",
                "XB.CORRIDOR_DISCONNECTED", "XB.NIMBY_PROXIMITY", "INPUT.WARNING");
        assertThat(catalog.rules()).hasSize(19);
    }

    @Test
    void aTextProfileSetsSeveritiesAndParameters() throws Exception {
        Path file = Files.writeString(tmp.resolve("p.txt"), "# comment\nXB.* = warning   # all cross-border\n"
                + "XB.NIMBY_PROXIMITY=error\nXB.CONTROL_DISCONTINUITY.min-length = 200\n");
        SeverityProfile p = SeverityProfile.read(file);
        assertThat(p.severity("XB.ZONE_CONFLICT")).contains(Severity.WARNING);
        assertThat(p.severity("XB.NIMBY_PROXIMITY")).contains(Severity.ERROR);
        assertThat(p.severity("BORDER.GAP")).isEmpty();
        assertThat(p.parameters()).containsEntry("XB.CONTROL_DISCONTINUITY.min-length", 200.0);
    }

    @Test
    void aJsonProfileIsReadToo() throws Exception {
        Path file = Files.writeString(tmp.resolve("p.json"), "{\"severities\": {\"BORDER.SLIVER\": \"info\"},"
                + " \"parameters\": {\"SCHEMA.XSD.max-problems\": 5}}");
        SeverityProfile p = SeverityProfile.read(file);
        assertThat(p.severity("BORDER.SLIVER")).contains(Severity.INFO);
        assertThat(p.parameters()).containsEntry("SCHEMA.XSD.max-problems", 5.0);
    }

    @Test
    void aBadProfileLineIsNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("p.txt"), "XB.* = warning\nBORDER.GAP = severe\n");
        assertThatThrownBy(() -> SeverityProfile.read(file)).isInstanceOf(PlanexException.class)
                .hasMessageContaining(":2:").hasMessageContaining("severe");
    }
}
