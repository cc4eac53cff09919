package org.planex.xml;

/**
 * Names of the planex exchange format: namespaces, element and attribute names of {@code plan.xml}.
 *
 * @since 0.1
 */
public final class PlanXml {

    /** The planex 1.0 namespace. */
    public static final String NAMESPACE = "http://www.planex.org/schema/planex/1.0";
    /** The GML 3.2 namespace. */
    public static final String GML = "http://www.opengis.net/gml/3.2";
    /** The XML Schema instance namespace (for {@code xsi:nil}). */
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The root element. */
    public static final String ROOT = "PlanPackage";
    /** The name of the package document inside a package. */
    public static final String DOCUMENT_NAME = "plan.xml";
    /** Where the XSD is, relative to the class path root. */
    public static final String XSD_RESOURCE = "/planex-schemas/planex/1.0/planex.xsd";
    /** The canonical location of the XSD, written in {@code xsi:schemaLocation}. */
    public static final String XSD_LOCATION = "https://www.planex.org/schema/planex/1.0/planex.xsd";

    private PlanXml() {
    }
}
