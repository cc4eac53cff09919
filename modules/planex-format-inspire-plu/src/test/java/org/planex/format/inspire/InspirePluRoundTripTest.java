package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.planex.codes.CodeRegistry;
import org.planex.model.Attachment;
import org.planex.model.Attributes;
import org.planex.model.Classification;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.codes.Crosswalk;
import org.planex.testkit.SamplePlans;

/**
 * planex package -> INSPIRE PLU -> package keeps every zone and control area (id, name, code, geometry bit for
 * bit, typed attributes) and the header; zones carry the HILUCS values of the crosswalk; what PLU cannot hold is
 * a warning that names it.
 */
class InspirePluRoundTripTest {

    private static final Pattern ZONING = Pattern.compile("<plu:ZoningElement .*?</plu:ZoningElement>",
            Pattern.DOTALL);
    private static final Pattern HILUCS = Pattern.compile("hilucsLandUse xlink:href=\""
            + Pattern.quote(PluNames.HILUCS) + "([^\"]+)\"");

    /** Collects warnings. */
    static final class Warnings implements WarningListener {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(Location location, String message) {
            messages.add(message);
        }
    }

    @ParameterizedTest
    @MethodSource("org.planex.format.inspire.PluFixtures#yrdNames")
    void yrdPlanRoundTrips(String name, @TempDir Path dir) throws IOException {
        PluFixtures.Plan original = PluFixtures.readPackage(PluFixtures.yrd(name));
        Warnings warnings = new Warnings();
        Path out = PluFixtures.writePlu(original.header(), original.features(), dir.resolve(name + ".plu.gml"),
                warnings);
        PluFixtures.Plan back = PluFixtures.readPlu(out, WarningListener.IGNORE);

        assertThat(back.header()).isEqualTo(original.header().withAttachments(List.of()));
        List<PlanFeature> held = held(original.features());
        assertThat(back.features()).hasSize(held.size()).isEqualTo(held);
        assertThat(back.features()).filteredOn(f -> f.kind() == FeatureKind.ZONE).hasSizeGreaterThan(300);
        long facilities = count(original.features(), FeatureKind.FACILITY);
        long corridors = count(original.features(), FeatureKind.CORRIDOR);
        assertThat(facilities + corridors).as("the YRD plans have facilities or corridors").isPositive();
        if (corridors > 0) {
            assertThat(warnings.messages).anySatisfy(m -> assertThat(m).contains("corridor features: " + corridors
                    + " left out"));
        }
        if (facilities > 0) {
            assertThat(warnings.messages).anySatisfy(m -> assertThat(m).contains("facility features: " + facilities
                    + " left out"));
        }
        assertHilucsFromCrosswalk(original, out);
    }

    @Test
    void everyAttributeTypeNullAndHoleSurvives(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.projected();
        PlanHeader header = s.header("CN-310118-SAMPLE", 300);
        List<PlanFeature> features = s.featureList(300, 11);
        Path out = PluFixtures.writePlu(header, features, dir.resolve("s.plu.gml"), WarningListener.IGNORE);
        PluFixtures.Plan back = PluFixtures.readPlu(out, WarningListener.IGNORE);
        assertThat(back.header()).isEqualTo(header);
        assertThat(back.features()).isEqualTo(held(features));
        assertThat(back.features()).anySatisfy(f -> assertThat(((Polygon) f.geometry()).getNumInteriorRing())
                .isEqualTo(1));
        assertThat(back.features()).anySatisfy(f -> assertThat(f.name()).isNull());
    }

    @Test
    void attachmentsAreCitedNotCarried(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        PlanHeader header = s.header("P", 4).withAttachments(List.of(new Attachment("attachments/text.pdf",
                "application/pdf", "ef".repeat(32), "规划文本")));
        Warnings written = new Warnings();
        Path out = PluFixtures.writePlu(header, s.featureList(4, 2), dir.resolve("a.plu.gml"), written);
        assertThat(written.messages).singleElement().asString().contains("1 attachment(s) left out");
        assertThat(Files.readString(out)).contains("<base2:name>规划文本</base2:name>")
                .contains("application/pdf; sha256=" + "ef".repeat(32));
        Warnings read = new Warnings();
        PluFixtures.Plan back = PluFixtures.readPlu(out, read);
        assertThat(back.header()).isEqualTo(header.withAttachments(List.of()));
        assertThat(read.messages).as("planex's own citations are skipped silently").isEmpty();
    }

    @Test
    void geometryFormsAndMissingValuesComeBack(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        PlanHeader sample = s.header("P", 4);
        PlanHeader noBoundary = new PlanHeader("P", sample.schemaVersion(), null, sample.jurisdiction(),
                sample.plan(), sample.crs(), sample.classification(), List.of(), null, List.of());
        GeometryFactory gf = new GeometryFactory();
        Polygon square = gf.createPolygon(new Coordinate[] {new Coordinate(121, 31), new Coordinate(121.01, 31),
            new Coordinate(121.01, 31.01), new Coordinate(121, 31)});
        Geometry onePart = gf.createMultiPolygon(new Polygon[] {square});
        List<PlanFeature> features = List.of(new Zone("Z1", "070102", null, square, Attributes.empty()),
                new Zone("Z2", null, "未分类", onePart, Attributes.empty()),
                new Zone("Z3", "0101", "水田", null, Attributes.empty()),
                new ControlArea("C1", ControlKind.URBAN_DEVELOPMENT_BOUNDARY, null, null,
                        Attributes.empty()));
        Warnings warnings = new Warnings();
        Path out = PluFixtures.writePlu(noBoundary, features, dir.resolve("f.plu.gml"), warnings);
        PluFixtures.Plan back = PluFixtures.readPlu(out, WarningListener.IGNORE);
        assertThat(back.header()).isEqualTo(noBoundary);
        assertThat(back.features()).isEqualTo(features);
        assertThat(back.features().get(1).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(warnings.messages).singleElement().asString().contains("a zone without code")
                .contains(PluNames.NOT_KNOWN_USE);
        assertThat(Files.readString(out)).contains("SupplementaryRegulationValue/7_1_4_4_UrbanArea")
                .contains("RegulationNatureValue/bindingOnlyForAuthorities");
    }

    @Test
    void aCodeWithoutHilucsMappingIsNamed(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        Zone odd = (Zone) s.featureList(1, 1).get(0);
        Zone unknown = new Zone(odd.id(), "999999", odd.name(), odd.geometry(), odd.attributes());
        Warnings warnings = new Warnings();
        Path out = PluFixtures.writePlu(s.header("P", 1), List.of(unknown), dir.resolve("u.plu.gml"), warnings);
        assertThat(warnings.messages).singleElement().asString().contains("zone code 999999");
        assertThat(Files.readString(out)).contains(PluNames.HILUCS + PluNames.NOT_KNOWN_USE);
        assertThat(PluFixtures.readPlu(out, WarningListener.IGNORE).features()).containsExactly(unknown);
    }

    @Test
    void aPlanOfThe2020EditionGetsHilucsThroughThe2023Edition(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        PlanHeader h = s.header("P", 30);
        PlanHeader header = new PlanHeader(h.packageId(), h.schemaVersion(), h.producer(), h.jurisdiction(),
                h.plan(), h.crs(), new Classification("cn-ydyh-2020", "2020"), h.neighbours(), h.boundary(),
                List.of());
        List<String> codes = CodeRegistry.load().requireSystem("cn-ydyh-2020").entries().stream()
                .map(e -> e.code()).limit(30).toList();
        List<PlanFeature> features = new ArrayList<>();
        List<PlanFeature> cells = s.featureList(30, 5);
        for (int i = 0; i < codes.size(); i++) {
            PlanFeature cell = cells.get(i);
            features.add(new Zone("Z" + i, codes.get(i), null, cell.geometry() instanceof Polygon ? cell.geometry()
                    : null, Attributes.empty()));
        }
        Warnings warnings = new Warnings();
        Path out = PluFixtures.writePlu(header, features, dir.resolve("2020.plu.gml"), warnings);
        assertThat(warnings.messages).as("every 2020 code maps through 2023").isEmpty();
        assertHilucsFromCrosswalk(new PluFixtures.Plan(header, features), out);
    }

    @Test
    void textXmlCannotHoldIsRefusedAndLeavesNoFile(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        Zone z = (Zone) s.featureList(1, 1).get(0);
        Zone bad = new Zone(z.id(), z.code(), "名称\u0001", z.geometry(), z.attributes());
        Path target = dir.resolve("bad.plu.gml");
        PlanexException e = catchThrowableOfType(PlanexException.class,
                () -> PluFixtures.writePlu(s.header("P", 1), List.of(bad), target, WarningListener.IGNORE));
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getLocation().featureId()).isEqualTo(z.id());
        assertThat(e.getReason()).contains("U+0001");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no output, no temporary file").isEmpty();
        }
    }

    private static void assertHilucsFromCrosswalk(PluFixtures.Plan plan, Path out) throws IOException {
        Crosswalk walk = CodeRegistry.load().requireCrosswalk(plan.header().classification().system(),
                PluNames.HILUCS_SYSTEM);
        List<List<String>> expected = plan.features().stream().filter(f -> f instanceof Zone)
                .map(f -> walk.map(((Zone) f).code()).targets()).toList();
        List<List<String>> written = new ArrayList<>();
        Matcher zones = ZONING.matcher(Files.readString(out));
        while (zones.find()) {
            List<String> values = new ArrayList<>();
            Matcher m = HILUCS.matcher(zones.group());
            while (m.find()) {
                values.add(m.group(1));
            }
            written.add(values);
        }
        assertThat(written).isEqualTo(expected);
        assertThat(expected).allSatisfy(v -> assertThat(v).isNotEmpty());
    }

    private static List<PlanFeature> held(List<PlanFeature> features) {
        return features.stream().filter(f -> f instanceof Zone || f instanceof ControlArea).toList();
    }

    private static long count(List<PlanFeature> features, FeatureKind kind) {
        return features.stream().filter(f -> f.kind() == kind).count();
    }
}
