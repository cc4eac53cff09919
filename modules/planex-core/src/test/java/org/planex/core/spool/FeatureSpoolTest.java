package org.planex.core.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.testkit.SamplePlans;

/** A spool gives back exactly the features written, in order, and leaves nothing behind. */
class FeatureSpoolTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void givesBackEverySampleFeatureEqual() throws Exception {
        List<PlanFeature> features = SamplePlans.projected().featureList(5_000, 20231101L);
        assertThat(replay(features)).containsExactlyElementsOf(features);
    }

    @Test
    void keepsTheValuesTextFormsWouldChange() throws Exception {
        Attributes attributes = Attributes.builder()
                .put("面积", AttributeValue.of(new BigDecimal("1.50")))
                .put("exponent", AttributeValue.of(new BigDecimal("1E+3")))
                .put("huge", AttributeValue.of(new BigDecimal("123456789012345678901234567890.000000001")))
                .put("min", AttributeValue.of(Long.MIN_VALUE))
                .put("flag", AttributeValue.of(false))
                .put("date", AttributeValue.of(LocalDate.of(1900, 2, 28)))
                .put("empty", "")
                .put("nul", "a\u0000b 𠀀 青浦")
                .put("nullText", new AttributeValue.Null(AttributeType.STRING))
                .put("nullInt", new AttributeValue.Null(AttributeType.INTEGER))
                .put("nullDecimal", new AttributeValue.Null(AttributeType.DECIMAL))
                .put("nullBool", new AttributeValue.Null(AttributeType.BOOLEAN))
                .put("nullDate", new AttributeValue.Null(AttributeType.DATE))
                .build();
        Geometry z = GF.createLineString(new Coordinate[] {new Coordinate(1, 2, 3.5), new Coordinate(4, 5, -0.25)});
        List<PlanFeature> features = List.of(
                new Zone("z1", "070101", "住宅", GF.createPoint(new Coordinate(0, 0)).buffer(10), attributes),
                new Zone("z2", null, null, null, null),
                new ControlArea("c1", new ControlKind("water-source-protection"), "水源", null, attributes),
                new Corridor("r1", CorridorType.values()[0], null, "G50", "沪渝高速", z, Attributes.empty()),
                new Facility("f1", "waste", "landfill", 500.0, null, GF.createPoint(new Coordinate(1, 1)), null),
                new Facility("f2", "school", null, null, "小学", null, null));
        List<PlanFeature> back = replay(features);
        assertThat(back).containsExactlyElementsOf(features);
        BigDecimal exponent = ((AttributeValue.Decimal) back.get(0).attributes().get("exponent").orElseThrow()).value();
        assertThat(exponent.scale()).as("scale kept, not the plain-text 1000").isEqualTo(-3);
        Coordinate[] line = back.get(3).geometry().getCoordinates();
        assertThat(line[0].getZ()).isEqualTo(3.5);
        assertThat(line[1].getZ()).isEqualTo(-0.25);
        assertThat(back.get(0).geometry().getCoordinate().getZ()).as("2D stays 2D").isNaN();
    }

    @Test
    void liesBesideTheOutputUnderARecognisableNameAndIsDeletedOnClose() throws Exception {
        Path file;
        try (FeatureSpool spool = FeatureSpool.beside(dir.resolve("out.gpkg"))) {
            file = spool.file();
            assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(file.getFileName().toString()).startsWith(".out.gpkg.planex-").endsWith(".spool");
            assertThat(file).exists();
            spool.write(SamplePlans.projected().featureList(1, 1L).get(0));
        }
        assertThat(file).doesNotExist();
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void refusesUseOutOfOrder() throws Exception {
        PlanFeature f = SamplePlans.projected().featureList(1, 1L).get(0);
        try (FeatureSpool spool = FeatureSpool.beside(dir.resolve("out"))) {
            assertThatThrownBy(spool::read).isInstanceOf(IllegalStateException.class).hasMessageContaining("replay()");
            spool.write(f);
            spool.replay();
            assertThatThrownBy(() -> spool.write(f)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("replayed");
            assertThatThrownBy(spool::replay).isInstanceOf(IllegalStateException.class);
            assertThat(spool.read()).isEqualTo(f);
            assertThat(spool.read()).isNull();
        }
    }

    @Test
    void twoSpoolsForOneOutputDoNotCollide() throws Exception {
        try (FeatureSpool a = FeatureSpool.beside(dir.resolve("out")); FeatureSpool b = FeatureSpool.beside(
                dir.resolve("out"))) {
            assertThat(a.file()).isNotEqualTo(b.file());
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> FeatureSpool.beside(dir.resolve("no/such/out.gpkg")))
                .hasMessageContaining("does not exist");
    }

    private List<PlanFeature> replay(List<PlanFeature> features) throws Exception {
        List<PlanFeature> back = new ArrayList<>();
        try (FeatureSpool spool = FeatureSpool.beside(dir.resolve("out"))) {
            for (PlanFeature f : features) {
                spool.write(f);
            }
            assertThat(spool.size()).isEqualTo(features.size());
            spool.replay();
            for (PlanFeature f = spool.read(); f != null; f = spool.read()) {
                back.add(f);
            }
        }
        return back;
    }
}
