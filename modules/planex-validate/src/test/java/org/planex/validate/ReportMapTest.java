package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planex.validate.TestPlans.point;
import static org.planex.validate.TestPlans.rect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.planex.core.registry.FormatRegistry;
import org.planex.rule.Issue;
import org.planex.validate.report.ReportFormat;

/**
 * What the report map carries: the features within the border band of each pair plus those the issues name,
 * coloured by category, simplified for display, with the count of what was left out.
 */
class ReportMapTest {

    /** West 0..10 km and east 10..20 km of the origin; the border is x = 10 km. */
    static ValidationReport westAndEast() {
        return Runs.plans("XB.*,BORDER.*", westAndEastPlans());
    }

    /** The plans of {@link #westAndEast()}. */
    static TestPlans[] westAndEastPlans() {
        TestPlans west = TestPlans.plan("WEST", "310001", 0, 0, 10_000, 10_000)
                .zone("W-FARM", "0101", rect(9_000, 0, 10_000, 1_000))
                .zone("W-FAR", "0101", rect(0, 0, 1_000, 1_000))
                .zone("W-HEAVY", "100103", rect(9_000, 5_000, 10_000, 6_000))
                .zone("W-WIGGLY", "0101", wiggly())
                .nimby("W-WASTE", 12_000, point(1_000, 5_500));
        TestPlans east = TestPlans.plan("EAST", "310002", 10_000, 0, 20_000, 10_000)
                .zone("E-HOME", "070102", rect(10_000, 5_000, 11_000, 6_000))
                .zone("E-FARM", "0101", rect(10_000, 0, 11_000, 1_000))
                .zone("E-FAR", "0101", rect(19_000, 9_000, 20_000, 10_000));
        return new TestPlans[] {west, east};
    }

    /** A zone along the border whose west edge zigzags by 20 cm every metre: 2,000 vertices. */
    static org.locationtech.jts.geom.Polygon wiggly() {
        List<Coordinate> cs = new ArrayList<>();
        cs.add(new Coordinate(TestPlans.X0 + 10_000, TestPlans.Y0 + 8_000));
        cs.add(new Coordinate(TestPlans.X0 + 10_000, TestPlans.Y0 + 10_000));
        for (int y = 10_000; y >= 8_000; y--) {
            cs.add(new Coordinate(TestPlans.X0 + 9_000 + (y % 2 == 0 ? 0 : 0.2), TestPlans.Y0 + y));
        }
        cs.add(cs.get(0));
        return TestPlans.GF.createPolygon(cs.toArray(Coordinate[]::new));
    }

    @Test
    void theMapCarriesTheBorderBandAndWhatIssuesNameAndCountsTheRest() {
        ValidationReport report = westAndEast();
        ReportMap map = report.map();
        Set<String> drawn = map.features().stream().map(f -> f.packageId() + "/" + f.featureId())
                .collect(Collectors.toSet());
        Set<String> named = new HashSet<>();
        for (Issue i : report.issues()) {
            for (String p : i.packageIds()) {
                i.featureIds().forEach(f -> named.add(p + "/" + f));
            }
        }
        assertThat(report.issues()).extracting(Issue::ruleId).contains("XB.NIMBY_PROXIMITY", "XB.ZONE_CONFLICT");
        assertThat(drawn).contains("WEST/W-FARM", "WEST/W-HEAVY", "WEST/W-WIGGLY", "EAST/E-HOME", "EAST/E-FARM")
                .as("the waste plant is 9 km from the border but an issue names it").contains("WEST/W-WASTE")
                .doesNotContain("WEST/W-FAR", "EAST/E-FAR");
        assertThat(map.featuresTotal()).isEqualTo(8);
        assertThat(map.featuresLeftOut()).isEqualTo(2);
        assertThat(map.features().stream().filter(MapFeature::named).map(f -> f.packageId() + "/" + f.featureId()))
                .containsExactlyInAnyOrderElementsOf(named.stream().filter(drawn::contains).toList())
                .hasSize(map.featuresNamed());
        assertThat(map.bands()).hasSize(1);
        assertThat(map.bandWidthM()).isEqualTo(200.0);
        assertThat(map.outlines()).containsOnlyKeys("WEST", "EAST");
    }

    @Test
    void aValidationForAReportWithoutMapBuildsNone() throws Exception {
        Validator withoutMap = Validator.builder(RuleCatalog.load(), FormatRegistry.load())
                .selection(RuleSelection.of("XB.*,BORDER.*", null)).reportMap(false).build();
        ValidationReport without = withoutMap.validatePlans(Runs.load(westAndEastPlans()));
        ValidationReport with = westAndEast();
        assertThat(without.map()).isSameAs(ReportMap.EMPTY);
        assertThat(with.map().features()).isNotEmpty();
        assertThat(without.issues()).as("the issues do not depend on the map").isEqualTo(with.issues());
        assertThat(without.borders()).isEqualTo(with.borders());
        assertThat(ReportFormat.HTML.drawsMap()).isTrue();
        assertThat(Arrays.stream(ReportFormat.values()).filter(ReportFormat::drawsMap)).containsExactly(
                ReportFormat.HTML);
    }

    @Test
    void anIssueNamingManyFeaturesAddsOnlyThoseNearTheBorder() {
        TestPlans west = TestPlans.plan("WEST", "310001", 0, 0, 10_000, 10_000)
                .zone("W-HOME-NEAR", "070102", rect(9_900, 0, 10_000, 100));
        for (int k = 0; k < 60; k++) {
            west.zone("W-HOME-" + k, "070102", rect(k * 100, 5_000, k * 100 + 100, 5_100));
        }
        TestPlans east = TestPlans.plan("EAST", "310002", 10_000, 0, 20_000, 10_000)
                .zone("E-FARM", "0101", rect(10_000, 0, 11_000, 1_000));
        ValidationReport report = Runs.plans("CODE.*,XB.*,BORDER.*", west, east);
        assertThat(report.issues()).filteredOn(i -> i.featureIds().size() == 61).isNotEmpty();
        ReportMap map = report.map();
        assertThat(map.features()).extracting(MapFeature::featureId)
                .containsExactlyInAnyOrder("W-HOME-NEAR", "E-FARM");
        assertThat(map.issuesNamingMany()).isEqualTo(1);
        assertThat(map.maxNamedPerIssue()).isEqualTo(50);
        assertThat(map.featuresLeftOut()).isEqualTo(60);
    }

    @Test
    void aZoneDeepInsideThatAPlanIssueNamesIsDrawnThoughThePairsSeeOnlyTheBorderSlice(@TempDir Path tmp)
            throws Exception {
        TestPlans west = TestPlans.plan("WEST", "310001", 0, 0, 10_000, 10_000)
                .zone("W-FARM", "0101", rect(9_000, 0, 10_000, 1_000))
                .zone("W-DEEP", "070102", rect(4_000, 4_000, 5_000, 5_000))
                .zone("W-FAR", "0101", rect(3_000, 3_000, 4_000, 4_000));
        TestPlans east = TestPlans.plan("EAST", "310002", 10_000, 0, 20_000, 10_000)
                .zone("E-FARM", "0101", rect(10_000, 0, 11_000, 1_000));
        ValidationReport report = Runs.validator("CODE.*,XB.*,BORDER.*", null).validate(List.of(
                west.write(Files.createDirectory(tmp.resolve("west")), false),
                east.write(Files.createDirectory(tmp.resolve("east")), false)));
        assertThat(report.issues()).anySatisfy(i -> assertThat(i.featureIds()).containsExactly("W-DEEP"));
        ReportMap map = report.map();
        assertThat(map.features()).extracting(MapFeature::featureId)
                .containsExactlyInAnyOrder("W-FARM", "W-DEEP", "E-FARM");
        assertThat(map.features()).filteredOn(MapFeature::named).extracting(MapFeature::featureId)
                .containsExactly("W-DEEP");
        assertThat(map.featuresTotal()).isEqualTo(4);
        assertThat(map.featuresLeftOut()).isEqualTo(1);
    }

    @Test
    void featuresAreColouredByHarmonisedCategoryOrKind() {
        Map<String, String> category = westAndEast().map().features().stream()
                .collect(Collectors.toMap(MapFeature::featureId, MapFeature::category));
        assertThat(category).containsEntry("W-HEAVY", "heavy-industry").containsEntry("E-HOME", "residential")
                .containsEntry("W-FARM", "agriculture").containsEntry("W-WASTE", "waste");
    }

    @Test
    void shapesAreSimplifiedToAFortyThousandthOfThePlanDiagonal() {
        ReportMap map = westAndEast().map();
        assertThat(map.simplifiedM()).isEqualTo(0.35);
        assertThat(map.simplifiedNamedM()).isEqualTo(0.1);
        MapFeature wiggly = map.features().stream().filter(f -> f.featureId().equals("W-WIGGLY")).findFirst()
                .orElseThrow();
        assertThat(wiggly().getNumPoints()).isGreaterThan(2_000);
        assertThat(wiggly.geometry().getNumPoints()).isLessThan(20);
        assertThat(wiggly.geometry().isValid()).isTrue();
        assertThat(wiggly.geometry().getEnvelopeInternal().getMinX()).as("longitude, not metres").isBetween(110.0,
                125.0);
    }
}
