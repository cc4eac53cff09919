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
        Parts p = new Parts("specificLandUse", specificPrefix, "hilucsLandUse").read();
        String code = p.specific == null ? null : URLDecoder.decode(p.specific, StandardCharsets.UTF_8);
        String zoneCode = code == null && codedInHilucs ? p.firstValue : code;
        return p.build(() -> new Zone(p.id(), zoneCode, p.name, p.geometry, p.attributes.build()));
    }

    /** Reads the SupplementaryRegulation at the cursor; the cursor is left on its END_ELEMENT. */
    ControlArea regulation() throws XMLStreamException, PlanexException {
        Parts p = new Parts("specificSupplementaryRegulation", PluNames.CONTROL_KIND, "supplementaryRegulation").read();
        return p.build(() -> new ControlArea(p.id(), p.specific != null ? new ControlKind(p.specific)
                : PluCodeLists.controlKind(p.firstValue == null ? PluCodeLists.OTHER_REGULATION : p.firstValue),
                p.name, p.geometry, p.attributes.build()));
    }

    /** Makes the feature of what was read. */
    @FunctionalInterface
    private interface FeatureMaker<F extends PlanFeature> {
        F make() throws PlanexException;
    }

    /**
     * The properties of a zone or regulation: id, name, geometry, attributes, the value of the property in a
     * planex code list ({@code specific}) and the first value of the INSPIRE code list property.
     */
    private final class Parts {
        private final Attributes.Builder attributes = Attributes.builder();
        private final String specificElement;
        private final String specificPrefix;
        private final String valueElement;
        private Location at;
        private String id;
        private String name;
        private Geometry geometry;
        private String specific;
        private String firstValue;

        Parts(String specificElement, String specificPrefix, String valueElement) {
            this.specificElement = specificElement;
            this.specificPrefix = specificPrefix;
            this.valueElement = valueElement;
        }

        /** Reads the feature element at the cursor; the cursor is left on its END_ELEMENT. */
        Parts read() throws XMLStreamException, PlanexException {
            at = c.here();
            while (c.nextChild()) {
                if (c.isNil()) {
                    c.skip();
                } else if (c.is(PluNames.GML, "name") || c.is(PluNames.PLU, "name")) {
                    name = c.text();
                } else if (c.is(PluNames.PLU, "inspireId")) {
                    id = c.identifier().localId();
                } else if (c.is(PluNames.PLU, "geometry")) {
                    geometry = c.geometry(id);
                } else if (c.is(PluNames.PLU, "dimensioningIndication")) {
                    indication();
                } else if (c.is(PluNames.PLU, specificElement)) {
                    String href = c.hrefAndSkip();
                    specific = href != null && href.startsWith(specificPrefix) ? href.substring(specificPrefix.length())
                            : specific;
                } else if (c.is(PluNames.PLU, valueElement)) {
                    String value = PluHeaderReader.lastSegment(c.hrefAndSkip());
                    firstValue = firstValue == null && !value.isEmpty() ? value : firstValue;
                } else {
                    c.skip();
                }
            }
            return this;
        }

        <F extends PlanFeature> F build(FeatureMaker<F> maker) throws PlanexException {
            try {
                return maker.make();
            } catch (IllegalArgumentException e) {
                throw PlanexException.invalid(at.withFeature(id), e.getMessage(), e);
            }
        }

        String id() throws PlanexException {
            if (id == null) {
                throw PlanexException.invalid(at, "the feature has no inspireId local id; PLU requires one", null);
            }
            return id;
        }

        private void indication() throws XMLStreamException, PlanexException {
            Location where = c.here();
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
                    throw PlanexException.invalid(where.withFeature(id), "dimensioning indication " + reference + ": "
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
