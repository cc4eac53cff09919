package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AdminLevel;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.CrsRef;
import org.planex.model.PlanStatus;
import org.planex.model.Zone;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;

/**
 * Reading PLU files other software wrote (a WFS 2.0 collection, no planex header), and refusing what is not a
 * PLU document or is unsafe.
 */
class InspirePluReaderTest {

    private static final String FOREIGN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2"
                xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3"
                xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <wfs:member><plu:SpatialPlan gml:id="sp">
                <plu:inspireId><base:Identifier><base:localId>BP-17</base:localId>
                  <base:namespace>DE.BY.PLAN</base:namespace></base:Identifier></plu:inspireId>
                <plu:extent><gml:MultiSurface gml:id="e" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
                  <gml:surfaceMember><gml:Polygon gml:id="e1"><gml:exterior><gml:LinearRing>
                    <gml:posList>690000 5330000 690100 5330000 690100 5330100 690000 5330000</gml:posList>
                  </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></plu:extent>
                <plu:beginLifespanVersion xsi:nil="true" nilReason="unknown"/>
                <plu:officialTitle>Bebauungsplan Nr. 17</plu:officialTitle>
                <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/local"/>
                <plu:validFrom>2019-05-01</plu:validFrom>
                <plu:alternativeTitle xsi:nil="true"/>
                <plu:planTypeName xlink:href="http://example.de/codelist/Bebauungsplan"/>
                <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
                <plu:backgroundMap xsi:nil="true"/>
                <plu:ordinance><plu:OrdinanceValue><plu:ordinanceDate>2019-04-02T00:00:00</plu:ordinanceDate>
                  <plu:ordinanceReference>GVBl. 12/2019</plu:ordinanceReference></plu:OrdinanceValue></plu:ordinance>
                <plu:officialDocument xlink:href="#doc"/>
              </plu:SpatialPlan></wfs:member>
              <wfs:member><plu:OfficialDocumentation gml:id="doc"/></wfs:member>
              <wfs:member><plu:ZoningElement gml:id="z">
                <plu:inspireId><base:Identifier><base:localId>WA-1</base:localId>
                  <base:namespace>DE.BY.PLAN</base:namespace></base:Identifier></plu:inspireId>
                <plu:geometry><gml:MultiSurface gml:id="z.g"><gml:surfaceMember><gml:Polygon gml:id="z.g1"><gml:exterior>
                  <gml:LinearRing><gml:posList>690000 5330000 690050 5330000 690050 5330050 690000 5330000</gml:posList>
                  </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></plu:geometry>
                <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
                <plu:specificLandUse xlink:href="http://example.de/codelist/BauNVO/WA"/>
                <plu:dimensioningIndication><plu:DimensioningIndicationRealValue>
                  <plu:indicationReference>GRZ</plu:indicationReference><plu:value>0.4</plu:value>
                </plu:DimensioningIndicationRealValue></plu:dimensioningIndication>
                <plu:plan xlink:href="#sp"/>
              </plu:ZoningElement></wfs:member>
              <wfs:member><plu:SupplementaryRegulation gml:id="r">
                <plu:specificSupplementaryRegulation xsi:nil="true"/>
                <plu:inspireId><base:Identifier><base:localId>LSG-2</base:localId>
                  <base:namespace>DE.BY.PLAN</base:namespace></base:Identifier></plu:inspireId>
                <plu:geometry><gml:Polygon gml:id="r.g"><gml:exterior><gml:LinearRing>
                  <gml:posList>690000 5330000 690020 5330000 690020 5330020 690000 5330000</gml:posList>
                </gml:LinearRing></gml:exterior></gml:Polygon></plu:geometry>
                <plu:name>Landschaftsschutzgebiet</plu:name>
                <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/3_2_LandscapeAreaProtection"/>
              </plu:SupplementaryRegulation></wfs:member>
            </wfs:FeatureCollection>
            """;

    @Test
    void aFileOfOtherSoftwareReadsFromItsPluProperties(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bplan.gml"), FOREIGN);
        InspirePluRoundTripTest.Warnings warnings = new InspirePluRoundTripTest.Warnings();
        PluFixtures.Plan plan = PluFixtures.readPlu(file, warnings);
        assertThat(plan.header().packageId()).isEqualTo("DE.BY.PLAN");
        assertThat(plan.header().plan().id()).isEqualTo("BP-17");
        assertThat(plan.header().plan().title()).isEqualTo("Bebauungsplan Nr. 17");
        assertThat(plan.header().plan().status()).isEqualTo(PlanStatus.IN_FORCE);
        assertThat(plan.header().plan().approvalReference()).isEqualTo("GVBl. 12/2019");
        assertThat(plan.header().plan().validFrom()).hasToString("2019-05-01");
        assertThat(plan.header().jurisdiction().level()).isEqualTo(AdminLevel.COUNTY);
        assertThat(plan.header().crs()).isEqualTo(CrsRef.epsg(25832));
        assertThat(plan.header().classification().system()).isEqualTo(PluNames.HILUCS_SYSTEM);
        assertThat(plan.header().boundary().getArea()).isEqualTo(5000.0);
        assertThat(plan.features()).hasSize(2);
        Zone zone = (Zone) plan.features().get(0);
        assertThat(zone.id()).isEqualTo("WA-1");
        assertThat(zone.code()).isEqualTo("5_1_PermanentResidentialUse");
        assertThat(zone.attributes().get("GRZ").orElseThrow().lexical()).isEqualTo("0.4");
        ControlArea area = (ControlArea) plan.features().get(1);
        assertThat(area.controlKind()).isEqualTo(new ControlKind("inspire-3-2-landscapeareaprotection"));
        assertThat(area.name()).isEqualTo("Landschaftsschutzgebiet");
        assertThat(warnings.messages).hasSize(2).anySatisfy(m -> assertThat(m).contains("no planex header"))
                .anySatisfy(m -> assertThat(m).contains("OfficialDocumentation"));
    }

    @Test
    void aDoctypeIsRefusedAsUnsafe(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("xxe.gml"), FOREIGN.replace("<wfs:FeatureCollection",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<wfs:FeatureCollection"));
        PlanexException e = openingFails(file);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getReason()).contains("DOCTYPE");
    }

    @Test
    void anotherDocumentIsInvalidWithItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.gml"), "<?xml version=\"1.0\"?>\n<kml xmlns=\"x\"/>\n");
        PlanexException e = openingFails(file);
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getLocation().line()).isEqualTo(2);
        assertThat(e.getReason()).contains("kml");
    }

    @Test
    void aCollectionWhoseFirstMemberIsNotThePlanIsInvalid(@TempDir Path dir) throws IOException {
        String zonesFirst = FOREIGN.replace("<wfs:member><plu:SpatialPlan", "<wfs:member><plu:OfficialDocumentation "
                + "gml:id=\"d0\"/></wfs:member>\n<wfs:member><plu:SpatialPlan");
        Path file = Files.writeString(dir.resolve("late.gml"), zonesFirst);
        PlanexException e = openingFails(file);
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getReason()).contains("first member");
    }

    private static PlanexException openingFails(Path file) {
        PlanexException e = catchThrowableOfType(PlanexException.class,
                () -> new InspirePluFormatProvider().openPlanReader(ReadContext.of(file)));
        assertThat(e).as("opening %s fails", file).isNotNull();
        return e;
    }

    @Test
    void probeKnowsPluCollectionsByNamespace(@TempDir Path dir) throws IOException {
        InspirePluFormatProvider p = new InspirePluFormatProvider();
        assertThat(p.probe(ProbeInput.of(Files.writeString(dir.resolve("a.gml"), FOREIGN))))
                .isEqualTo(ProbeResult.SUPPORTED);
        assertThat(p.probe(ProbeInput.of(Files.writeString(dir.resolve("b.gml"), FOREIGN.replace(
                "http://inspire.ec.europa.eu/schemas/plu/4.0", "http://example.org/other"))))).isEqualTo(
                ProbeResult.UNSUPPORTED);
        assertThat(p.probe(ProbeInput.of(PluFixtures.yrd("qingpu").resolve("plan.xml"))))
                .isEqualTo(ProbeResult.UNSUPPORTED);
    }
}
