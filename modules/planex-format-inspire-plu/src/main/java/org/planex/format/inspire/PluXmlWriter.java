package org.planex.format.inspire;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attachment;
import org.planex.model.ControlArea;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.Zone;
import org.planex.spi.PlanHeaderText;
import org.planex.xml.GmlWriter;
import org.planex.xml.SecureXml;

/**
 * Encodes a plan as a PLU 4.0 document with StAX, one feature at a time: a {@code gml:FeatureCollection} whose
 * first {@code gml:featureMember} is the {@code plu:SpatialPlan}, then one member per zone
 * ({@code plu:ZoningElement}) or control area ({@code plu:SupplementaryRegulation}). Each of them points to the
 * plan with {@code plu:plan xlink:href="#plan"}; the plan does not list them back ({@code plu:member} and
 * {@code plu:restriction} are optional and would need every id before the first zone).
 *
 * <p>Attachments become {@code plu:OfficialDocumentation} members after the plan, which refers to them with
 * {@code plu:officialDocument}; their content is not carried.
 *
 * <p>The {@code gml:description} of the plan holds the planex header as {@link PlanHeaderText} lines (without
 * the boundary, which is the plan's {@code plu:extent}), so that what PLU has no property for (jurisdiction,
 * neighbours, producer, authority, code system) comes back on reading.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class PluXmlWriter {

    private final XMLStreamWriter w;
    private final GeometryFactory factory = new GeometryFactory();
    private GmlWriter gml;
    private String namespace;
    private String system;
    private String processStep;
    private String zoneNature;
    private long count;

    /** A writer on {@code out} (UTF-8); the stream is flushed at the end, not closed. */
    PluXmlWriter(OutputStream out) throws XMLStreamException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.w = SecureXml.outputFactory().createXMLStreamWriter(text);
    }

    /** Writes the document start and the spatial plan. */
    void begin(PlanHeader header) throws XMLStreamException {
        PlanInfo plan = header.plan();
        gml = new GmlWriter(header.crs());
        namespace = header.packageId();
        system = header.classification().system();
        processStep = PluNames.INSPIRE_CODELIST + "ProcessStepGeneralValue/" + PluCodeLists.processStep(plan.status());
        zoneNature = regulationNature(PluCodeLists.zoneRegulationNature(plan.type()));
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        w.writeCharacters("\n");
        w.setPrefix("gml", PluNames.GML);
        w.writeStartElement("gml", "FeatureCollection", PluNames.GML);
        w.writeNamespace("gml", PluNames.GML);
        w.writeNamespace("plu", PluNames.PLU);
        w.writeNamespace("base", PluNames.BASE);
        w.writeNamespace("base2", PluNames.BASE2);
        w.writeNamespace("xlink", PluNames.XLINK);
        w.writeNamespace("xsi", PluNames.XSI);
        w.writeAttribute("xsi", PluNames.XSI, "schemaLocation", PluNames.PLU + " " + PluNames.PLU_XSD);
        w.writeAttribute("gml", PluNames.GML, "id", "collection");
        startMember("SpatialPlan", PluNames.PLAN_ID);
        PluXml.text(w, "gml", "description", PluNames.GML,
                PlanHeaderText.toTextWithoutBoundary(header.withAttachments(List.of())));
        PluXml.inspireId(w, plan.id(), namespace);
        w.writeStartElement("plu", "extent", PluNames.PLU);
        String extentId = GeometryForms.multiSurfaceId(PluNames.PLAN_ID + ".extent", header.boundary());
        gml.write(w, GeometryForms.multiSurface(header.boundary(), factory), extentId);
        w.writeEndElement();
        PluXml.nil(w, "beginLifespanVersion");
        PluXml.text(w, "officialTitle", plan.title());
        PluXml.href(w, "levelOfSpatialPlan", PluNames.INSPIRE_CODELIST + "LevelOfSpatialPlanValue/"
                + PluCodeLists.levelOfSpatialPlan(header.jurisdiction().level()));
        if (plan.validFrom() != null) {
            PluXml.text(w, "validFrom", plan.validFrom().toString());
        }
        if (plan.validTo() != null) {
            PluXml.text(w, "validTo", plan.validTo().toString());
        }
        PluXml.nil(w, "alternativeTitle");
        PluXml.href(w, "planTypeName", PluNames.PLAN_TYPE + plan.type().token(), plan.type().token());
        PluXml.href(w, "processStepGeneral", processStep);
        PluXml.nil(w, "backgroundMap");
        if (plan.approvalDate() != null && plan.approvalReference() != null) {
            w.writeStartElement("plu", "ordinance", PluNames.PLU);
            w.writeStartElement("plu", "OrdinanceValue", PluNames.PLU);
            PluXml.text(w, "ordinanceDate", plan.approvalDate() + "T00:00:00");
            PluXml.text(w, "ordinanceReference", plan.approvalReference());
            w.writeEndElement();
            w.writeEndElement();
        } else {
            PluXml.nil(w, "ordinance");
        }
        List<Attachment> documents = header.attachments();
        if (documents.isEmpty()) {
            PluXml.nil(w, "officialDocument");
        }
        for (int i = 0; i < documents.size(); i++) {
            PluXml.href(w, "officialDocument", "#doc" + (i + 1));
        }
        endMember();
        for (int i = 0; i < documents.size(); i++) {
            officialDocumentation(documents.get(i), "doc" + (i + 1));
        }
    }

    /**
     * Writes an attachment as a {@code plu:OfficialDocumentation} whose {@code planDocument} cites it: name the
     * title (else the path), link the path in the package, specific reference the media type and SHA-256.
     */
    private void officialDocumentation(Attachment a, String gmlId) throws XMLStreamException {
        startMember("OfficialDocumentation", gmlId);
        PluXml.inspireId(w, a.path(), namespace);
        w.writeStartElement("plu", "planDocument", PluNames.PLU);
        w.writeStartElement("base2", "DocumentCitation", PluNames.BASE2);
        w.writeAttribute("gml", PluNames.GML, "id", gmlId + ".citation");
        PluXml.text(w, "base2", "name", PluNames.BASE2, a.title() == null ? a.path() : a.title());
        w.writeEmptyElement("base2", "date", PluNames.BASE2);
        w.writeAttribute("xsi", PluNames.XSI, "nil", "true");
        w.writeAttribute("nilReason", PluNames.UNKNOWN);
        PluXml.text(w, "base2", "link", PluNames.BASE2, a.path());
        PluXml.text(w, "base2", "specificReference", PluNames.BASE2, a.mediaType() + "; sha256=" + a.sha256());
        w.writeEndElement();
        w.writeEndElement();
        endMember();
    }

    /** Writes a zone as a {@code plu:ZoningElement} with its HILUCS values. */
    void zone(Zone z, List<String> hilucs) throws XMLStreamException {
        String id = startMember("ZoningElement", "f" + (++count));
        if (z.name() != null) {
            PluXml.text(w, "gml", "name", PluNames.GML, z.name());
        }
        PluXml.inspireId(w, z.id(), namespace);
        w.writeStartElement("plu", "geometry", PluNames.PLU);
        gml.write(w, GeometryForms.multiSurface(z.geometry(), factory), GeometryForms.multiSurfaceId(id, z.geometry()));
        w.writeEndElement();
        for (String value : hilucs) {
            PluXml.href(w, "hilucsLandUse", PluNames.HILUCS + value);
        }
        PluXml.nil(w, "beginLifespanVersion");
        PluXml.nil(w, "hilucsPresence");
        if (z.code() == null) {
            PluXml.nil(w, "specificLandUse");
        } else {
            PluXml.href(w, "specificLandUse", PluNames.SPECIFIC_LAND_USE + encode(system) + "/" + encode(z.code()));
        }
        PluXml.nil(w, "specificPresence");
        PluXml.href(w, "regulationNature", zoneNature);
        PluXml.href(w, "processStepGeneral", processStep);
        PluXml.nil(w, "backgroundMap");
        DimensioningIndications.write(w, z.attributes());
        PluXml.nil(w, "officialDocument");
        PluXml.href(w, "plan", "#" + PluNames.PLAN_ID);
        endMember();
    }

    /** Writes a control area as a {@code plu:SupplementaryRegulation}. */
    void regulation(ControlArea c) throws XMLStreamException {
        String id = startMember("SupplementaryRegulation", "f" + (++count));
        PluXml.href(w, "specificSupplementaryRegulation", PluNames.CONTROL_KIND + c.controlKind().token());
        PluXml.href(w, "processStepGeneral", processStep);
        PluXml.nil(w, "backgroundMap");
        PluXml.nil(w, "beginLifespanVersion");
        DimensioningIndications.write(w, c.attributes());
        PluXml.inspireId(w, c.id(), namespace);
        w.writeStartElement("plu", "geometry", PluNames.PLU);
        if (c.geometry() == null) {
            gml.write(w, GeometryForms.multiSurface(null, factory), GeometryForms.multiSurfaceId(id, null));
        } else {
            gml.write(w, c.geometry(), id + ".g");
        }
        w.writeEndElement();
        PluXml.nil(w, "inheritedFromOtherPlans");
        PluXml.nil(w, "specificRegulationNature");
        if (c.name() != null) {
            PluXml.text(w, "name", c.name());
        }
        PluXml.href(w, "regulationNature", regulationNature(PluCodeLists.controlRegulationNature()));
        PluXml.href(w, "supplementaryRegulation", PluNames.INSPIRE_CODELIST + "SupplementaryRegulationValue/"
                + PluCodeLists.supplementaryRegulation(c.controlKind()));
        PluXml.nil(w, "officialDocument");
        PluXml.href(w, "plan", "#" + PluNames.PLAN_ID);
        endMember();
    }

    /** Writes the end of the document and flushes. */
    void end() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private String startMember(String type, String gmlId) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("gml", "featureMember", PluNames.GML);
        w.writeStartElement("plu", type, PluNames.PLU);
        w.writeAttribute("gml", PluNames.GML, "id", gmlId);
        return gmlId;
    }

    private void endMember() throws XMLStreamException {
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String regulationNature(String value) {
        return PluNames.INSPIRE_CODELIST + "RegulationNatureValue/" + value;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
