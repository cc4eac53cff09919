package org.planex.format.inspire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.Attributes;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads a {@code plu:ZoningElement} into a zone and a {@code plu:SupplementaryRegulation} into a control area:
 * id the {@code inspireId} local id, geometry, name ({@code gml:name} of a zone, {@code plu:name} of a
 * regulation), the local code from {@code specificLandUse} in planex's code list of the plan's code system (in a
 * plan coded in HILUCS: the first {@code hilucsLandUse}), the control kind from
 * {@code specificSupplementaryRegulation} in planex's list (else from {@code supplementaryRegulation}), and the
 * attributes from the {@code dimensioningIndication}s.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class PluFeatureReader {

    private final PluCursor c;
    private final String specificPrefix;
    private final boolean codedInHilucs;

    PluFeatureReader(PluCursor cursor, String system) {
        this.c = cursor;
        this.specificPrefix = PluNames.SPECIFIC_LAND_USE + URLEncoder.encode(system, StandardCharsets.UTF_8) + "/";
        this.codedInHilucs = system.equals(PluNames.HILUCS_SYSTEM);
    }

    /** Reads the ZoningElement at the cursor; the cursor is left on its END_ELEMENT. */
    Zone zone() throws XMLStreamException, PlanexException {
        Location at = c.here();
        Parts p = new Parts();
        String code = null;
        String hilucs = null;
        while (c.nextChild()) {
            if (c.is(PluNames.GML, "name")) {
                p.name = c.text();
            } else if (c.is(PluNames.PLU, "specificLandUse") && !c.isNil()) {
                String href = c.hrefAndSkip();
                if (href != null && href.startsWith(specificPrefix)) {
                    code = URLDecoder.decode(href.substring(specificPrefix.length()), StandardCharsets.UTF_8);
                }
            } else if (c.is(PluNames.PLU, "hilucsLandUse")) {
                String value = PluHeaderReader.lastSegment(c.hrefAndSkip());
                hilucs = hilucs == null && !value.isEmpty() ? value : hilucs;
            } else if (!p.common()) {
                c.skip();
            }
        }
        try {
            return new Zone(p.id(at), code == null && codedInHilucs ? hilucs : code, p.name, p.geometry, p.build());
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at.withFeature(p.id), e.getMessage(), e);
        }
    }

    /** Reads the SupplementaryRegulation at the cursor; the cursor is left on its END_ELEMENT. */
    ControlArea regulation() throws XMLStreamException, PlanexException {
        Location at = c.here();
        Parts p = new Parts();
        ControlKind kind = null;
        String regulation = null;
        while (c.nextChild()) {
            if (c.is(PluNames.PLU, "name") && !c.isNil()) {
                p.name = c.text();
            } else if (c.is(PluNames.PLU, "specificSupplementaryRegulation") && !c.isNil()) {
                String href = c.hrefAndSkip();
                if (href != null && href.startsWith(PluNames.CONTROL_KIND)) {
                    kind = new ControlKind(href.substring(PluNames.CONTROL_KIND.length()));
                }
            } else if (c.is(PluNames.PLU, "supplementaryRegulation")) {
                String value = PluHeaderReader.lastSegment(c.hrefAndSkip());
                regulation = regulation == null && !value.isEmpty() ? value : regulation;
            } else if (!p.common()) {
                c.skip();
            }
        }
        try {
            ControlKind k = kind != null ? kind
                    : PluCodeLists.controlKind(regulation == null ? PluCodeLists.OTHER_REGULATION : regulation);
            return new ControlArea(p.id(at), k, p.name, p.geometry, p.build());
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at.withFeature(p.id), e.getMessage(), e);
        }
    }

    /** The properties zones and regulations share. */
    private final class Parts {
        private final Attributes.Builder attributes = Attributes.builder();
        private String id;
        private String name;
        private Geometry geometry;

        /** Reads the property at the cursor if it is a shared one; {@code false} if it is not. */
        boolean common() throws XMLStreamException, PlanexException {
            if (c.is(PluNames.PLU, "inspireId")) {
                id = localId();
            } else if (c.is(PluNames.PLU, "geometry")) {
                geometry = c.geometry(id);
            } else if (c.is(PluNames.PLU, "dimensioningIndication")) {
                if (c.isNil()) {
                    c.skip();
                } else {
                    indication();
                }
            } else {
                return false;
            }
            return true;
        }

        String id(Location at) throws PlanexException {
            if (id == null) {
                throw PlanexException.invalid(at, "the feature has no inspireId local id; PLU requires one", null);
            }
            return id;
        }

        Attributes build() {
            return attributes.build();
        }

        private String localId() throws XMLStreamException {
            String local = null;
            while (c.nextChild()) {
                while (c.nextChild()) {
                    if (c.is(PluNames.BASE, "localId")) {
                        local = c.text();
                    } else {
                        c.skip();
                    }
                }
            }
            return local;
        }

        private void indication() throws XMLStreamException, PlanexException {
            Location at = c.here();
            while (c.nextChild()) {
                String element = c.reader().getLocalName();
                String reference = null;
                String value = "";
                while (c.nextChild()) {
                    if (c.is(PluNames.PLU, "indicationReference")) {
                        reference = c.text();
                    } else if (c.is(PluNames.PLU, "value")) {
                        value = c.text();
                    } else {
                        c.skip();
                    }
                }
                try {
                    DimensioningIndications.read(attributes, element, reference == null ? element : reference,
                            value);
                } catch (IllegalArgumentException e) {
                    throw PlanexException.invalid(at.withFeature(id), "dimensioning indication " + reference + ": "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /** A feature of the kinds PLU holds, read from the member at the cursor, or {@code null} for another type. */
    PlanFeature feature() throws XMLStreamException, PlanexException {
        if (c.is(PluNames.PLU, "ZoningElement")) {
            return zone();
        }
        if (c.is(PluNames.PLU, "SupplementaryRegulation")) {
            return regulation();
        }
        return null;
    }
}
