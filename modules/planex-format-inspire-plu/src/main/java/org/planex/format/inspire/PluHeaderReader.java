package org.planex.format.inspire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.Classification;
import org.planex.model.Jurisdiction;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanType;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Reads a {@code plu:SpatialPlan} into a plan header. A plan planex wrote carries its header in
 * {@code gml:description} (see {@link PluXmlWriter}); its boundary is the {@code plu:extent}. A plan from other
 * software is read from its PLU properties: package id the {@code inspireId} namespace, plan id the local id,
 * title, level, type, process step, ordinance and validity, the CRS of the extent, and zones coded in HILUCS;
 * a warning says so.
 */
final class PluHeaderReader {

    /** The jurisdiction scheme of plans read without a planex header. */
    static final String FOREIGN_SCHEME = "INSPIRE namespace";

    /** How the text of {@link PlanHeaderText} starts. */
    private static final String HEADER_MARK = "# planex plan header";

    private final PluCursor c;
    private final WarningListener warnings;
    private String description;
    private String localId;
    private String namespace;
    private Geometry extent;
    private String title;
    private String level = "other";
    private String planType;
    private String step = "";
    private LocalDate ordinanceDate;
    private String ordinanceReference;
    private LocalDate validFrom;
    private LocalDate validTo;

    PluHeaderReader(PluCursor cursor, WarningListener warnings) {
        this.c = cursor;
        this.warnings = warnings;
    }

    /** Whether the header read came from planex's {@code gml:description}. */
    boolean fromPlanex() {
        return description != null && description.startsWith(HEADER_MARK);
    }

    /** Reads the SpatialPlan at the cursor; the cursor is left on its END_ELEMENT. */
    PlanHeader read() throws XMLStreamException, PlanexException {
        Location start = c.here();
        PlanHeader fromText = null;
        while (c.nextChild()) {
            String local = c.reader().getLocalName();
            if (c.is(PluNames.GML, "description")) {
                description = c.text();
                fromText = planexHeader(start);
            } else if (c.is(PluNames.PLU, "inspireId")) {
                PluCursor.Identifier id = c.identifier();
                localId = id.localId();
                namespace = id.namespace();
            } else if (c.is(PluNames.PLU, "extent")) {
                extent = c.geometry(localId);
            } else if (!c.is(PluNames.PLU, local) || c.isNil()) {
                c.skip();
            } else {
                property(local);
            }
        }
        if (fromText != null) {
            return new PlanHeader(fromText.packageId(), fromText.schemaVersion(), fromText.producer(),
                    fromText.jurisdiction(), fromText.plan(), fromText.crs(), fromText.classification(),
                    fromText.neighbours(), extent, fromText.attachments());
        }
        return foreignHeader(start);
    }

    private void property(String local) throws XMLStreamException, PlanexException {
        switch (local) {
            case "officialTitle" -> title = c.text();
            case "levelOfSpatialPlan" -> level = lastSegment(c.hrefAndSkip());
            case "planTypeName" -> planType = c.hrefAndSkip();
            case "processStepGeneral" -> step = lastSegment(c.hrefAndSkip());
            case "validFrom" -> validFrom = date(c.text());
            case "validTo" -> validTo = date(c.text());
            case "ordinance" -> ordinance();
            default -> c.skip();
        }
    }

    private PlanHeader planexHeader(Location at) throws PlanexException {
        if (!description.startsWith(HEADER_MARK)) {
            return null;
        }
        try {
            PlanHeader h = PlanHeaderText.fromText(description, null);
            c.useCrs(h.crs());
            return h;
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at, "the planex header in the gml:description of the spatial plan is "
                    + "damaged: " + e.getMessage() + "; write the file again from its package", e);
        }
    }

    private void ordinance() throws XMLStreamException, PlanexException {
        while (c.nextChild()) {
            while (c.nextChild()) {
                if (c.is(PluNames.PLU, "ordinanceDate")) {
                    ordinanceDate = date(c.text());
                } else if (c.is(PluNames.PLU, "ordinanceReference")) {
                    ordinanceReference = c.text();
                } else {
                    c.skip();
                }
            }
        }
    }

    private PlanHeader foreignHeader(Location at) throws PlanexException {
        if (localId == null || title == null || c.crs() == null) {
            throw PlanexException.invalid(at, "the spatial plan lacks its inspireId, officialTitle or extent; PLU "
                    + "requires them", null);
        }
        String packageId = namespace == null || namespace.isBlank() ? localId : namespace;
        warnings.warning(at, "the spatial plan has no planex header: the package id is its inspireId namespace, "
                + "the jurisdiction is unknown and the zones are coded in HILUCS");
        PlanType type = PluCodeLists.planType(planType);
        try {
            PlanInfo plan = new PlanInfo(localId, title, type == null ? PlanType.MASTER : type,
                    PluCodeLists.status(step), null, ordinanceReference == null ? null : ordinanceDate,
                    ordinanceDate == null ? null : ordinanceReference, validFrom, validTo);
            Jurisdiction j = new Jurisdiction(packageId, FOREIGN_SCHEME, Map.of("und", title),
                    PluCodeLists.adminLevel(level), null);
            return new PlanHeader(packageId, PlanHeader.CURRENT_SCHEMA_VERSION, null, j, plan, c.crs(),
                    new Classification(PluNames.HILUCS_SYSTEM, null), List.of(), extent, List.of());
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at, "the spatial plan cannot be read as a plan: " + e.getMessage(), e);
        }
    }

    private LocalDate date(String text) throws PlanexException {
        String s = text.strip();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw PlanexException.invalid(c.here(), "'" + text + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** The last path segment of a code list reference, e.g. {@code local} of {@code .../LevelOfSpatialPlanValue/local}. */
    static String lastSegment(String href) {
        return href == null ? "" : href.substring(href.lastIndexOf('/') + 1);
    }
}
