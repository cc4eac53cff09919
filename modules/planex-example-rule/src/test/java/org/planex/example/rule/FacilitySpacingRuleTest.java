package org.planex.example.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.model.Facility;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.PlanType;
import org.planex.rule.Compatibility;
import org.planex.rule.Issue;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.Severity;
import org.planex.rule.Tolerances;
import org.planex.spi.codes.HarmonisedCategory;

/** The rule against a hand-made plan view, without the engine: how a vendor tests a rule. */
class FacilitySpacingRuleTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void facilitiesNearerThanTheParameterAreReportedOncePerPair() {
        PlanView plan = new MetricPlan(List.of(facility("A", 0, 0), facility("B", 150, 0), facility("C", 1000, 0)));
        List<Issue> issues = new ArrayList<>();
        new FacilitySpacingRule().checkPlan(plan, new Parameters(Map.of()), issues::add);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.ruleId()).isEqualTo(FacilitySpacingRule.ID);
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.featureIds()).containsExactly("A", "B");
            assertThat(i.packageIds()).containsExactly("P");
            assertThat(i.measures()).containsEntry(Issue.DISTANCE_M, 150.0);
            assertThat(i.message()).contains("150.0 m apart").contains("200 m");
            assertThat(i.marker().getLength()).isEqualTo(150.0);
        });
    }

    @Test
    void theParameterOfTheRunWins() {
        PlanView plan = new MetricPlan(List.of(facility("A", 0, 0), facility("B", 150, 0), facility("C", 1000, 0)));
        List<Issue> issues = new ArrayList<>();
        new FacilitySpacingRule().checkPlan(plan, new Parameters(Map.of(FacilitySpacingRule.MIN_DISTANCE, 900.0)),
                issues::add);
        assertThat(issues).extracting(Issue::featureIds).containsExactly(List.of("A", "B"), List.of("B", "C"));
    }

    @Test
    void theRuleIsRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(Rule.class)).extracting(r -> r.descriptor().id())
                .containsExactly(FacilitySpacingRule.ID);
    }

    private static Facility facility(String id, double x, double y) {
        return new Facility(id, "school", null, null, null, GF.createPoint(new Coordinate(x, y)), null);
    }

    /** A package already in metres: the metric view is the geometry itself, markers stay as they are. */
    private record MetricPlan(List<PlanFeature> features) implements PlanView {

        @Override
        public Path source() {
            return Path.of("p.zip");
        }

        @Override
        public PlanHeader header() {
            throw new UnsupportedOperationException("the rule needs no header");
        }

        @Override
        public String packageId() {
            return "P";
        }

        @Override
        public CrsRef crs() {
            return CrsRef.epsg(4549);
        }

        @Override
        public List<Integer> indicesOf(FeatureKind kind) {
            return IntStream.range(0, features.size()).filter(i -> features.get(i).kind() == kind).boxed().toList();
        }

        @Override
        public boolean hasMetricView() {
            return true;
        }

        @Override
        public String metricProblem() {
            return null;
        }

        @Override
        public Geometry metric(int feature) {
            return features.get(feature).geometry();
        }

        @Override
        public Geometry metricBoundary() {
            return null;
        }

        @Override
        public List<Integer> query(Envelope metricEnvelope) {
            return IntStream.range(0, features.size())
                    .filter(i -> metricEnvelope.intersects(features.get(i).geometry().getEnvelopeInternal()))
                    .boxed().toList();
        }

        @Override
        public Geometry toLonLat(Geometry metricGeometry) {
            return metricGeometry;
        }
    }

    /** A context that only knows the rule's parameters. */
    private record Parameters(Map<String, Double> values) implements RuleContext {

        @Override
        public Tolerances tolerances() {
            return Tolerances.DEFAULT;
        }

        @Override
        public double parameter(RuleDescriptor rule, String name) {
            return values.getOrDefault(name, rule.parameters().stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow().defaultValue());
        }

        @Override
        public List<String> codeSystems() {
            return List.of();
        }

        @Override
        public List<HarmonisedCategory> categories(String system, String code) {
            return List.of();
        }

        @Override
        public List<Issue> codeIssues(String system, String code, Optional<PlanType> planType) {
            return List.of();
        }

        @Override
        public Compatibility compatibility(HarmonisedCategory a, HarmonisedCategory b) {
            return new Compatibility(Compatibility.Kind.COMPATIBLE, 0, "");
        }

        @Override
        public Compatibility compatibility(List<HarmonisedCategory> a, List<HarmonisedCategory> b) {
            return new Compatibility(Compatibility.Kind.COMPATIBLE, 0, "");
        }

        @Override
        public Geometry toLonLat(CrsRef crs, Geometry geometry) {
            return geometry;
        }
    }
}
