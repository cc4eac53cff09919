package org.planex.format.xplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.Classification;
import org.planex.model.Jurisdiction;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads a {@code BP_Plan} or {@code FP_Plan} into a plan header: {@code name} the title, {@code nummer} the
 * plan id (else the {@code gml:id}), {@code gemeinde/XP_Gemeinde} the jurisdiction ({@code ags} the code in the
 * scheme {@value #AGS}, {@code gemeindeName} the German name, its first five digits the parent district),
 * {@code rechtsstand} the status, {@code inkrafttretensDatum} (BP) or {@code wirksamkeitsDatum} (FP) and
 * {@code untergangsDatum} the validity, {@code raeumlicherGeltungsbereich} the boundary and, through its
 * {@code srsName}, the CRS. The package id is the AGS and the plan id joined by a dash.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class XPlanHeaderReader {

    /** The jurisdiction scheme: the Amtlicher Gemeindeschluessel of the German municipalities. */
    static final String AGS = "DE-AGS";

    private final XPlanCursor c;
    private String name;
    private String nummer;
    private String ags;
    private String gemeindeName;
    private String rechtsstand;
    private String authority;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Geometry boundary;

    XPlanHeaderReader(XPlanCursor cursor) {
        this.c = cursor;
    }

    /**
     * Reads the plan element at the cursor; the cursor is left on its END_ELEMENT.
     *
     * @param attachments the attachments of the XPlanArchiv, or none
     */
    PlanHeader read(List<Attachment> attachments) throws XMLStreamException, PlanexException {
        Location at = c.here();
        String element = c.local();
        String gmlId = c.gmlId();
        while (c.nextChild()) {
            if (!c.isXPlan(c.local())) {
                c.skip();
                continue;
            }
            switch (c.local()) {
                case "name" -> name = c.simpleText();
                case "nummer" -> nummer = c.simpleText();
                case "rechtsstand" -> rechtsstand = c.simpleText();
                case "inkrafttretensDatum", "wirksamkeitsDatum" -> validFrom = date(c.simpleText());
                case "untergangsDatum" -> validTo = date(c.simpleText());
                case "raeumlicherGeltungsbereich" -> boundary = c.surface(gmlId);
                case "gemeinde" -> gemeinde();
                case "plangeber" -> authority = plangeber();
                default -> c.skip();
            }
        }
        if (name == null || name.isBlank() || boundary == null) {
            throw PlanexException.invalid(at.withFeature(gmlId), "the " + element + " has no name or no "
                    + "raeumlicherGeltungsbereich; XPlanGML requires both", null);
        }
        String planId = nummer == null || nummer.isBlank() ? gmlId : nummer.strip();
        String code = ags == null || ags.isBlank() ? "unbekannt" : ags.strip();
        try {
            PlanInfo plan = new PlanInfo(planId, name, XPlanCodes.planType(element), XPlanCodes.status(rechtsstand),
                    authority, null, null, validFrom, validTo);
            Jurisdiction j = new Jurisdiction(code, AGS, Map.of("de", gemeindeName == null ? code : gemeindeName),
                    AdminLevel.MUNICIPAL, code.length() == 8 ? code.substring(0, 5) : null);
            return new PlanHeader(code + "-" + planId, PlanHeader.CURRENT_SCHEMA_VERSION, "planex xplan reader "
                    + XPlanNames.version(c.namespace()), j, plan, c.geometries().crs(),
                    new Classification(XPlanCodes.SYSTEM, null), List.of(), boundary, attachments);
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at.withFeature(gmlId), "the " + element + " cannot be read as a plan: "
                    + e.getMessage(), e);
        }
    }

    private void gemeinde() throws XMLStreamException {
        while (c.nextChild()) {
            while (c.nextChild()) {
                String local = c.local();
                String text = c.simpleText();
                if ("ags".equals(local) && ags == null) {
                    ags = text;
                } else if ("gemeindeName".equals(local) && gemeindeName == null) {
                    gemeindeName = text;
                }
            }
        }
    }

    private String plangeber() throws XMLStreamException {
        String found = null;
        while (c.nextChild()) {
            while (c.nextChild()) {
                String local = c.local();
                String text = c.simpleText();
                found = "name".equals(local) ? text : found;
            }
        }
        return found;
    }

    private LocalDate date(String text) throws PlanexException {
        String s = text == null ? "" : text.strip();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw PlanexException.invalid(c.here(), "'" + text + "' is not a date (yyyy-mm-dd)", e);
        }
    }
}
