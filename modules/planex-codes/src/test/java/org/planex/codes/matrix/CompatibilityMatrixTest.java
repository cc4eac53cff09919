package org.planex.codes.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planex.spi.codes.HarmonisedCategory.AGRICULTURE;
import static org.planex.spi.codes.HarmonisedCategory.COMMERCIAL;
import static org.planex.spi.codes.HarmonisedCategory.ECOLOGICAL_PROTECTION;
import static org.planex.spi.codes.HarmonisedCategory.EDUCATION;
import static org.planex.spi.codes.HarmonisedCategory.FOREST;
import static org.planex.spi.codes.HarmonisedCategory.HEALTH;
import static org.planex.spi.codes.HarmonisedCategory.HEAVY_INDUSTRY;
import static org.planex.spi.codes.HarmonisedCategory.LIGHT_INDUSTRY;
import static org.planex.spi.codes.HarmonisedCategory.NUISANCE_UTILITIES;
import static org.planex.spi.codes.HarmonisedCategory.RESIDENTIAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

class CompatibilityMatrixTest {

    private static final String HEADER = "category_a,category_b,verdict,buffer_m,direction,note\n";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("matrix.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theDefaultMatrixIsSymmetric() {
        CompatibilityMatrix m = CompatibilityMatrix.defaults();
        for (HarmonisedCategory a : HarmonisedCategory.values()) {
            for (HarmonisedCategory b : HarmonisedCategory.values()) {
                assertThat(m.verdict(a, b)).as(a + " / " + b).isEqualTo(m.verdict(b, a));
            }
        }
    }

    @Test
    void theDefaultsFollowPlanningPractice() {
        CompatibilityMatrix m = CompatibilityMatrix.defaults();
        for (HarmonisedCategory nuisance : List.of(HEAVY_INDUSTRY, NUISANCE_UTILITIES)) {
            for (HarmonisedCategory sensitive : List.of(RESIDENTIAL, EDUCATION, HEALTH, ECOLOGICAL_PROTECTION)) {
                assertThat(m.verdict(nuisance, sensitive).kind()).as(nuisance + " / " + sensitive)
                        .isEqualTo(VerdictKind.CONFLICT);
            }
        }
        assertThat(m.verdict(ECOLOGICAL_PROTECTION, COMMERCIAL).kind()).isEqualTo(VerdictKind.CONFLICT);
        assertThat(m.verdict(ECOLOGICAL_PROTECTION, LIGHT_INDUSTRY).kind()).isEqualTo(VerdictKind.CONFLICT);
        assertThat(m.verdict(AGRICULTURE, FOREST).kind()).isEqualTo(VerdictKind.COMPATIBLE);
        assertThat(m.verdict(LIGHT_INDUSTRY, RESIDENTIAL)).isEqualTo(
                new Verdict(VerdictKind.BUFFER, 50, m.verdict(LIGHT_INDUSTRY, RESIDENTIAL).note()));
        assertThat(m.verdict(RESIDENTIAL, RESIDENTIAL).kind()).isEqualTo(VerdictKind.COMPATIBLE);
    }

    @Test
    void aReplacedMatrixFileChangesAVerdict() throws Exception {
        CompatibilityMatrix replaced = CompatibilityMatrix.read(file(HEADER
                + "*,*,compatible,,,\n"
                + "residential,heavy-industry,buffer,300,,agreed in the 2025 cross-border accord\n"));
        assertThat(CompatibilityMatrix.defaults().verdict(RESIDENTIAL, HEAVY_INDUSTRY).kind())
                .isEqualTo(VerdictKind.CONFLICT);
        assertThat(replaced.verdict(HEAVY_INDUSTRY, RESIDENTIAL).toString()).isEqualTo("buffer 300 m");
        assertThat(replaced.verdict(HEAVY_INDUSTRY, RESIDENTIAL).note()).contains("accord");
        assertThat(replaced.verdict(EDUCATION, HEAVY_INDUSTRY).kind()).isEqualTo(VerdictKind.COMPATIBLE);
    }

    @Test
    void oneWayRowsMakeTheMatrixAsymmetricOnlyWhereMarked() throws Exception {
        CompatibilityMatrix m = CompatibilityMatrix.read(file(HEADER
                + "*,*,compatible,,,\n"
                + "agriculture,heavy-industry,conflict,,one-way,farm produce downwind\n"
                + "heavy-industry,agriculture,buffer,100,one-way,\n"));
        assertThat(m.verdict(AGRICULTURE, HEAVY_INDUSTRY).kind()).isEqualTo(VerdictKind.CONFLICT);
        assertThat(m.verdict(HEAVY_INDUSTRY, AGRICULTURE).bufferMetres()).isEqualTo(100);
    }

    @Test
    void aMalformedRowIsReportedWithItsLineNumber() throws Exception {
        Path f = file(HEADER + "*,*,compatible,,,\n# a comment\nresidential,heavy-industy,conflict,,,\n");
        assertThatThrownBy(() -> CompatibilityMatrix.read(f)).isInstanceOfSatisfying(PlanexException.class, e -> {
            assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
            assertThat(e.getLocation().line()).isEqualTo(4);
            assertThat(e.getMessage()).contains("matrix.csv:4").contains("unknown category 'heavy-industy'");
        });
    }

    @Test
    void aPairGivenTwiceNamesBothLines() throws Exception {
        Path f = file(HEADER + "*,*,compatible,,,\nresidential,forest,compatible,,,\nforest,residential,conflict,,,\n");
        assertThatThrownBy(() -> CompatibilityMatrix.read(f))
                .hasMessageContaining("matrix.csv:4").hasMessageContaining("already has a verdict at line 3");
    }

    @Test
    void aBufferNeedsPositiveMetres() throws Exception {
        Path f = file(HEADER + "*,*,compatible,,,\nresidential,forest,buffer,-5,,\n");
        assertThatThrownBy(() -> CompatibilityMatrix.read(f))
                .hasMessageContaining("matrix.csv:3").hasMessageContaining("whole number of metres");
        Path g = file(HEADER + "*,*,compatible,,,\nresidential,forest,conflict,20,,\n");
        assertThatThrownBy(() -> CompatibilityMatrix.read(g)).hasMessageContaining("only for the verdict buffer");
    }

    @Test
    void missingPairsWithoutADefaultAreListed() throws Exception {
        Path f = file(HEADER + "residential,forest,compatible,,,\n");
        assertThatThrownBy(() -> CompatibilityMatrix.read(f)).isInstanceOf(PlanexException.class)
                .hasMessageContaining("398 category pairs have no verdict")
                .hasMessageContaining("residential facing residential");
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> CompatibilityMatrix.read(dir.resolve("nope.csv")))
                .isInstanceOfSatisfying(PlanexException.class,
                        e -> assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT));
    }

    @Test
    void theWorstVerdictAppliesToCodesThatNeedSubdivision() {
        CompatibilityMatrix m = CompatibilityMatrix.defaults();
        Verdict v = m.worstVerdict(List.of(COMMERCIAL, EDUCATION), List.of(HEAVY_INDUSTRY));
        assertThat(v.kind()).isEqualTo(VerdictKind.CONFLICT);
        assertThat(m.worstVerdict(List.of(COMMERCIAL), List.of(FOREST)).kind()).isEqualTo(VerdictKind.COMPATIBLE);
    }
}
