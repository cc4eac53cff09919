package org.planex.format.xplan;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads an area feature of XPlanGML into a zone, or a protection feature into a control area: id the
 * {@code gml:id}, geometry the {@code position}, the zone code from {@link XPlanCodes}, and as attributes the
 * feature type ({@value #TYPE}), the number of its {@code Bereich} ({@value #BEREICH}) and every simple property
 * ({@link XPlanAttributes}). Remembers the number of every {@code BP_Bereich} and {@code FP_Bereich} read, so
 * that features name theirs.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class XPlanFeatureReader {

    /** The attribute holding the XPlanGML feature type, e.g. {@code BP_BaugebietsTeilFlaeche}. */
    static final String TYPE = "xplanType";
    /** The attribute holding the {@code nummer} of the feature's Bereich (else its {@code gml:id}). */
    static final String BEREICH = "bereich";

    private final XPlanCursor c;
    private final Map<String, String> bereichNumbers = new LinkedHashMap<>();

    XPlanFeatureReader(XPlanCursor cursor) {
        this.c = cursor;
    }

    /** Reads the {@code BP_Bereich} or {@code FP_Bereich} at the cursor; the cursor is left on its END_ELEMENT. */
    void bereich() throws XMLStreamException {
        String id = c.gmlId();
        String nummer = null;
        while (c.nextChild()) {
            if (c.isXPlan("nummer")) {
                nummer = c.simpleText();
            } else {
                c.skip();
            }
        }
        if (id != null) {
            bereichNumbers.put(id, nummer == null ? id : nummer);
        }
    }

    /**
     * Reads the feature at the cursor, whose type {@link XPlanCodes} reads as a zone or a control area; the
     * cursor is left on its END_ELEMENT.
     */
    PlanFeature feature() throws XMLStreamException, PlanexException {
        Location at = c.here();
        String type = c.local();
        String id = c.gmlId();
        if (id == null || id.isBlank()) {
            throw PlanexException.invalid(at, "the " + type + " has no gml:id; XPlanGML requires one", null);
        }
        XPlanAttributes properties = new XPlanAttributes();
        Geometry geometry = null;
        String bereich = null;
        while (c.nextChild()) {
            if (!c.isXPlan(c.local())) {
                c.skip();
            } else if (c.isXPlan("position")) {
                geometry = c.surface(id);
            } else if (c.isXPlan("gehoertZuBereich")) {
                String ref = c.reference();
                bereich = ref == null ? null : bereichNumbers.getOrDefault(ref, ref);
                c.skip();
            } else {
                String name = c.local();
                String text = c.simpleText();
                if (text != null && !text.isEmpty()) {
                    properties.add(name, text);
                }
            }
        }
        if (geometry == null) {
            throw PlanexException.invalid(at.withFeature(id), "the " + type + " has no position; an area feature "
                    + "needs a surface", null);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(TYPE, type);
        if (bereich != null) {
            extra.put(BEREICH, bereich);
        }
        try {
            ControlKind kind = XPlanCodes.controlKind(type);
            if (kind != null) {
                return new ControlArea(id, kind, null, geometry, properties.build(extra));
            }
            String code = XPlanCodes.zoneCode(type, properties.get("allgArtDerBaulNutzung"),
                    properties.get("besondereArtDerBaulNutzung"));
            return new Zone(id, code, null, geometry, properties.build(extra));
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at.withFeature(id), "the " + type + " cannot be read: " + e.getMessage()
                    + "; correct the property", e);
        }
    }
}
