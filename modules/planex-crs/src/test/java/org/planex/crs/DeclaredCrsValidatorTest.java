package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;

class DeclaredCrsValidatorTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** The fix a finding's message ends with, {@code (fix: ...)}; empty when it suggests none. */
    private static String fix(Issue finding) {
        String m = finding.message();
        int at = m.lastIndexOf(" (fix: ");
        return at < 0 || !m.endsWith(")") ? "" : m.substring(at + 7, m.length() - 1);
    }

    /** A survey of 2 000 polygons scattered over Shanghai (120.9-121.9E, 30.7-31.8N), given in {@code crs}. */
    private static CoordinateSurvey shanghai(CrsRef crs, boolean swap) throws PlanexException {
        return scatter(crs, swap, 120.9, 121.9, 30.7, 31.8);
    }

    private static CoordinateSurvey scatter(CrsRef crs, boolean swap, double w, double e, double s, double n)
            throws PlanexException {
        GeometryReprojector r = CrsService.standard().reprojector(CrsRef.CGCS2000, crs);
        SplittableRandom random = new SplittableRandom(3);
        CoordinateSurvey survey = new CoordinateSurvey();
        for (int i = 0; i < 2000; i++) {
            double x = random.nextDouble(w, e);
            double y = random.nextDouble(s, n);
            Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + 0.001, y),
                new Coordinate(x + 0.001, y + 0.001), new Coordinate(x, y)};
            Coordinate[] out = new Coordinate[ring.length];
            for (int k = 0; k < ring.length; k++) {
                Coordinate c = r.reproject(ring[k]);
                out[k] = swap ? new Coordinate(c.y, c.x) : c;
            }
            survey.add(GF.createPolygon(out));
        }
        return survey;
    }

    @Test
    void dataThatFitsItsCrsHasNoFinding() throws Exception {
        for (int code : new int[] {4490, 4326, 4549, 4528, 4510, 4499, 32651}) {
            assertThat(DeclaredCrsValidator.check(CrsRef.epsg(code), shanghai(CrsRef.epsg(code), false)))
                    .as("EPSG:%d", code).isEmpty();
        }
        CoordinateSurvey hk = scatter(CrsRef.epsg(2326), false, 113.9, 114.3, 22.2, 22.5);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(2326), hk)).isEmpty();
    }

    @Test
    void fileIn4549DeclaredAs4528IsAMissingZonePrefixFixedBy4549() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4528), shanghai(CrsRef.epsg(4549), false));
        assertThat(findings).hasSize(1);
        Issue f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("CRS.ZONE_PREFIX_MISSING");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(fix(f)).isEqualTo("--s-srs EPSG:4549");
        assertThat(f.message()).contains("EPSG:4528").contains("prefix 40")
                .contains("EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E)");
    }

    @Test
    void geographicFileWithSwappedAxesIsDetected() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.CGCS2000, shanghai(CrsRef.CGCS2000, true));
        assertThat(findings).hasSize(1);
        Issue f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("CRS.SWAPPED_AXES");
        assertThat(fix(f)).startsWith("swap the x and y axes");
        assertThat(fix(f)).doesNotContain("--s-srs");
        assertThat(fix(f)).isEqualTo("swap the x and y axes of the source");
        assertThat(f.message()).contains("0% of the sampled coordinates fit EPSG:4490").contains("100% fit");
    }

    @Test
    void projectedFileWithSwappedAxesIsDetected() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4549), shanghai(CrsRef.epsg(4549), true));
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.SWAPPED_AXES");
    }

    @Test
    void swappedAxesAndAZonePrefixTheDeclarationLacks() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4549), shanghai(CrsRef.epsg(4528), true));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).ruleId()).isEqualTo("CRS.SWAPPED_AXES");
        assertThat(fix(findings.get(0)))
                .isEqualTo("swap the x and y axes of the source and declare --s-srs EPSG:4528");
    }

    @Test
    void zonePrefixTheDeclarationLacksSuggestsThePrefixedCrs() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4549), shanghai(CrsRef.epsg(4528), false));
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.ZONE_PREFIX_UNDECLARED");
        assertThat(fix(findings.get(0))).isEqualTo("--s-srs EPSG:4528");
    }

    @Test
    void wrongZoneDeclaredIsAZoneMismatch() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4527), shanghai(CrsRef.epsg(4528), false));
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.ZONE_MISMATCH");
        assertThat(fix(findings.get(0))).isEqualTo("--s-srs EPSG:4528");
        assertThat(findings.get(0).message()).contains("prefix 40").contains("is zone 39");
    }

    @Test
    void metresDeclaredAsDegreesSuggestTheZoneOfThePrefix() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.CGCS2000, shanghai(CrsRef.epsg(4528), false));
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.PROJECTED_AS_GEOGRAPHIC");
        assertThat(fix(findings.get(0))).isEqualTo("--s-srs EPSG:4528");
        List<Issue> noPrefix = DeclaredCrsValidator.check(CrsRef.CGCS2000, shanghai(CrsRef.epsg(4549), false));
        assertThat(noPrefix).extracting(Issue::ruleId).containsExactly("CRS.PROJECTED_AS_GEOGRAPHIC");
        assertThat(fix(noPrefix.get(0))).as("the zone of unprefixed eastings is unknowable").doesNotContain("--s-srs");
    }

    @Test
    void hongKongGridDeclaredAsGeographicIsRecognised() throws Exception {
        CoordinateSurvey hk = scatter(CrsRef.epsg(2326), false, 113.9, 114.3, 22.2, 22.5);
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.WGS84, hk);
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.PROJECTED_AS_GEOGRAPHIC");
        assertThat(fix(findings.get(0))).isEqualTo("--s-srs EPSG:2326");
    }

    @Test
    void degreesDeclaredAsMetresSuggestTheGeographicCrs() throws Exception {
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4549), shanghai(CrsRef.CGCS2000, false));
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.GEOGRAPHIC_AS_PROJECTED");
        assertThat(fix(findings.get(0))).isEqualTo("--s-srs EPSG:4490");
        List<Issue> utm = DeclaredCrsValidator.check(CrsRef.epsg(32651), shanghai(CrsRef.CGCS2000, true));
        assertThat(fix(utm.get(0))).isEqualTo("swap the x and y axes of the source and declare"
                + " --s-srs EPSG:4326");
    }

    @Test
    void dataFarOutsideTheDeclaredZoneIsOutsideArea() throws Exception {
        CoordinateSurvey xinjiang = scatter(CrsRef.epsg(4549), false, 87, 88, 43, 44);
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4549), xinjiang);
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.OUTSIDE_AREA");
        assertThat(findings.get(0).message()).contains("100% of the sampled coordinates lie far outside")
                .contains("87.").contains("43.");
    }

    @Test
    void aFewStrayFeaturesAreReportedFromTheEnvelope() throws Exception {
        CoordinateSurvey survey = shanghai(CrsRef.CGCS2000, false);
        survey.add(GF.createPoint(new Coordinate(100.5, 13.7)));
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.CGCS2000, survey);
        assertThat(findings).extracting(Issue::ruleId).containsExactly("CRS.OUTSIDE_AREA");
        assertThat(findings.get(0).message()).contains("some lie far outside").contains("100.500");
        assertThat(findings.get(0).marker().getEnvelopeInternal().getMinX())
                .as("the marker is the envelope in longitude/latitude").isCloseTo(100.5, within(1e-6));
    }

    @Test
    void dataJustOutsideTheZoneEdgeIsAccepted() throws Exception {
        CoordinateSurvey eastShanghai = scatter(CrsRef.epsg(4549), false, 121.6, 122.2, 30.7, 31.5);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(4549), eastShanghai)).isEmpty();
    }

    @Test
    void aCrsOutsideTheRegistryIsReportedAsNotChecked() {
        CoordinateSurvey survey = new CoordinateSurvey().add(500_000, 3_000_000);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(999_999), survey)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CRS.NOT_CHECKED");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(3857), survey)).isEmpty();
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(4549), new CoordinateSurvey())).isEmpty();
    }

    @Test
    void anyCrsOfTheRegistryIsCheckedAgainstItsAreaOfUse() throws Exception {
        CoordinateSurvey california = scatter(CrsRef.epsg(2227), false, -122.5, -121.5, 37.2, 38.2);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(2227), california)).isEmpty();
        CoordinateSurvey kansas = scatter(CrsRef.epsg(4269), false, -100, -95, 37, 40);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(4269), kansas)).as("NAD83 crosses the antimeridian")
                .isEmpty();
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(2227), kansas)).extracting(Issue::ruleId)
                .containsExactly("CRS.GEOGRAPHIC_AS_PROJECTED");
        CoordinateSurvey europe = scatter(CrsRef.epsg(4258), false, 13.0, 13.5, 52.3, 52.6);
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(4258), europe)).isEmpty();
        assertThat(DeclaredCrsValidator.check(CrsRef.epsg(3035), shanghai(CrsRef.epsg(3035), false)))
                .extracting(Issue::ruleId).containsExactly("CRS.OUTSIDE_AREA");
        CoordinateSurvey berlinSwapped = scatter(CrsRef.epsg(4258), true, 13.0, 13.5, 52.3, 52.6);
        List<Issue> swapped = DeclaredCrsValidator.check(CrsRef.epsg(4258), berlinSwapped);
        assertThat(swapped).extracting(Issue::ruleId).containsExactly("CRS.SWAPPED_AXES");
    }
}
