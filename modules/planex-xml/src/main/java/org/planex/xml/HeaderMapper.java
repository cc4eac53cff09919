package org.planex.xml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.binding.AdminLevelType;
import org.planex.xml.binding.AttachmentsType;
import org.planex.xml.binding.ClassificationType;
import org.planex.xml.binding.GeometryPropertyType;
import org.planex.xml.binding.HeaderType;
import org.planex.xml.binding.JurisdictionType;
import org.planex.xml.binding.LocalisedNameType;
import org.planex.xml.binding.NeighboursType;
import org.planex.xml.binding.PlanKindType;
import org.planex.xml.binding.PlanStatusType;

/**
 * Maps the JAXB header binding to the model {@link PlanHeader} and back: the codec of the header in
 * {@code plan.xml}. The layered formats store the header with {@link org.planex.spi.PlanHeaderText}; both keep
 * every field so that a header read from either equals the one written.
 */
final class HeaderMapper {

    private static final String BOUNDARY_ID = "boundary";

    private final DatatypeFactory datatypes;

    HeaderMapper() {
        try {
            datatypes = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model of a bound header.
     *
     * @param h the binding
     * @param schemaVersion the document's schema version
     * @param streamedBoundary the boundary when it was read from the stream beside the binding
     *     ({@link BoundaryStreamFilter}), else {@code null} for the one bound in {@code h} (if any)
     * @param factory the geometry factory
     * @param where the location error messages name
     * @throws PlanexException INVALID_DATA for a header that breaks the model's rules
     */
    PlanHeader toModel(HeaderType h, String schemaVersion, Geometry streamedBoundary, GeometryFactory factory,
            Location where) throws PlanexException {
        try {
            CrsRef crs = CrsRef.parse(h.getCrs());
            JurisdictionType j = h.getJurisdiction();
            Map<String, String> names = new LinkedHashMap<>();
            for (LocalisedNameType n : j.getName()) {
                if (names.putIfAbsent(n.getLang(), n.getValue()) != null) {
                    throw new IllegalArgumentException("jurisdiction has two names in language " + n.getLang());
                }
            }
            Jurisdiction jurisdiction = new Jurisdiction(j.getCode(), j.getScheme(), names,
                    AdminLevel.fromToken(j.getLevel().value()), j.getParent());
            org.planex.xml.binding.PlanType p = h.getPlan();
            PlanInfo plan = new PlanInfo(p.getId(), p.getTitle(), PlanType.fromToken(p.getType().value()),
                    PlanStatus.fromToken(p.getStatus().value()), p.getAuthority(),
                    p.getApproval() == null ? null : date(p.getApproval().getDate()),
                    p.getApproval() == null ? null : p.getApproval().getReference(),
                    p.getValidity() == null ? null : date(p.getValidity().getFrom()),
                    p.getValidity() == null ? null : date(p.getValidity().getTo()));
            List<Neighbour> neighbours = new ArrayList<>();
            if (h.getNeighbours() != null) {
                for (NeighboursType.Neighbour n : h.getNeighbours().getNeighbour()) {
                    neighbours.add(new Neighbour(n.getCode(), n.getScheme(), n.getName()));
                }
            }
            List<Attachment> attachments = new ArrayList<>();
            if (h.getAttachments() != null) {
                for (AttachmentsType.Attachment a : h.getAttachments().getAttachment()) {
                    attachments.add(new Attachment(a.getPath(), a.getMediaType(), a.getSha256(), a.getTitle()));
                }
            }
            Geometry boundary = streamedBoundary;
            if (boundary == null && h.getBoundary() != null && h.getBoundary().getAbstractGeometry() != null) {
                GmlReader gml = new GmlReader(crs, factory);
                gml.setLocation(where);
                boundary = DomGeometry.fromElement(h.getBoundary().getAbstractGeometry(), gml);
            }
            ClassificationType c = h.getClassification();
            return new PlanHeader(h.getPackageId(), schemaVersion, h.getProducer(), jurisdiction, plan, crs,
                    new Classification(c.getSystem(), c.getVersion()), neighbours, boundary, attachments);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PlanexException.invalid(where, "invalid header: " + e.getMessage(), e);
        }
    }

    HeaderType toBinding(PlanHeader m) {
        HeaderType h = new HeaderType();
        h.setPackageId(m.packageId());
        h.setProducer(m.producer());
        JurisdictionType j = new JurisdictionType();
        j.setCode(m.jurisdiction().code());
        j.setScheme(m.jurisdiction().scheme());
        j.setLevel(AdminLevelType.fromValue(m.jurisdiction().level().token()));
        j.setParent(m.jurisdiction().parentCode());
        m.jurisdiction().names().forEach((lang, name) -> {
            LocalisedNameType n = new LocalisedNameType();
            n.setLang(lang);
            n.setValue(name);
            j.getName().add(n);
        });
        h.setJurisdiction(j);
        PlanInfo pi = m.plan();
        org.planex.xml.binding.PlanType p = new org.planex.xml.binding.PlanType();
        p.setId(pi.id());
        p.setTitle(pi.title());
        p.setType(PlanKindType.fromValue(pi.type().token()));
        p.setStatus(PlanStatusType.fromValue(pi.status().token()));
        p.setAuthority(pi.authority());
        if (pi.approvalDate() != null || pi.approvalReference() != null) {
            org.planex.xml.binding.PlanType.Approval a = new org.planex.xml.binding.PlanType.Approval();
            a.setDate(xml(pi.approvalDate()));
            a.setReference(pi.approvalReference());
            p.setApproval(a);
        }
        if (pi.validFrom() != null || pi.validTo() != null) {
            org.planex.xml.binding.PlanType.Validity v = new org.planex.xml.binding.PlanType.Validity();
            v.setFrom(xml(pi.validFrom()));
            v.setTo(xml(pi.validTo()));
            p.setValidity(v);
        }
        h.setPlan(p);
        h.setCrs(m.crs().uri());
        ClassificationType c = new ClassificationType();
        c.setSystem(m.classification().system());
        c.setVersion(m.classification().version());
        h.setClassification(c);
        if (!m.neighbours().isEmpty()) {
            NeighboursType ns = new NeighboursType();
            for (Neighbour n : m.neighbours()) {
                NeighboursType.Neighbour b = new NeighboursType.Neighbour();
                b.setCode(n.code());
                b.setScheme(n.scheme());
                b.setName(n.name());
                ns.getNeighbour().add(b);
            }
            h.setNeighbours(ns);
        }
        if (m.boundary() != null) {
            GeometryPropertyType g = new GeometryPropertyType();
            g.setAbstractGeometry(DomGeometry.toElement(m.boundary(), m.crs(), BOUNDARY_ID));
            h.setBoundary(g);
        }
        if (!m.attachments().isEmpty()) {
            AttachmentsType as = new AttachmentsType();
            for (Attachment a : m.attachments()) {
                AttachmentsType.Attachment b = new AttachmentsType.Attachment();
                b.setPath(a.path());
                b.setMediaType(a.mediaType());
                b.setSha256(a.sha256());
                b.setTitle(a.title());
                as.getAttachment().add(b);
            }
            h.setAttachments(as);
        }
        return h;
    }

    private static LocalDate date(XMLGregorianCalendar c) {
        if (c == null) {
            return null;
        }
        if (c.getTimezone() != DatatypeConstants.FIELD_UNDEFINED && c.getTimezone() != 0) {
            throw new IllegalArgumentException("date " + c + " has a time zone; write a plain yyyy-MM-dd date");
        }
        try {
            return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date " + c + " is not a valid date; write a plain yyyy-MM-dd date", e);
        }
    }

    private XMLGregorianCalendar xml(LocalDate d) {
        return d == null ? null : datatypes.newXMLGregorianCalendar(d.toString());
    }
}
