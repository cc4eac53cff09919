package org.planex.format.inspire;

import org.planex.xml.PlanXml;

/**
 * The namespaces and code list addresses of INSPIRE PLU 4.0 documents, and the planex code list addresses
 * that carry what INSPIRE leaves to the data provider (the local land use code, the control kind, the plan
 * type).
 */
final class PluNames {

    /** The PLU 4.0 application schema. */
    static final String PLU = "http://inspire.ec.europa.eu/schemas/plu/4.0";
    /** The INSPIRE base types (identifiers). */
    static final String BASE = "http://inspire.ec.europa.eu/schemas/base/3.3";
    /** The INSPIRE base types 2 (document citations). */
    static final String BASE2 = "http://inspire.ec.europa.eu/schemas/base2/2.0";
    /** GML 3.2, as plan.xml uses it. */
    static final String GML = PlanXml.GML;
    /** XML Schema instance. */
    static final String XSI = PlanXml.XSI;
    /** XLink, of the references to code list values and to the plan. */
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Where the official PLU schema lives, for {@code xsi:schemaLocation}. */
    static final String PLU_XSD = "https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd";

    /** The INSPIRE registry of code lists; a value is {@code CODELIST + list + "/" + value}. */
    static final String INSPIRE_CODELIST = "http://inspire.ec.europa.eu/codelist/";
    /** planex's own code lists, for the values INSPIRE leaves to the provider. */
    static final String PLANEX_CODELIST = "http://www.planex.org/codelist/";
    /** The planex code list of local land use codes: {@code + system + "/" + code}. */
    static final String SPECIFIC_LAND_USE = PLANEX_CODELIST + "specificLandUse/";
    /** The planex code list of control kinds: {@code + token}. */
    static final String CONTROL_KIND = PLANEX_CODELIST + "controlKind/";
    /** The planex code list of plan types: {@code + token}. */
    static final String PLAN_TYPE = PLANEX_CODELIST + "planType/";

    /** The HILUCS code list. */
    static final String HILUCS = INSPIRE_CODELIST + "HILUCSValue/";
    /** The code system id of HILUCS in planex. */
    static final String HILUCS_SYSTEM = "inspire-hilucs";
    /** The HILUCS value of a zone whose code has no HILUCS mapping. */
    static final String NOT_KNOWN_USE = "6_6_NotKnownUse";

    /** The {@code gml:id} of the spatial plan; zones and regulations point to {@code #plan}. */
    static final String PLAN_ID = "plan";
    /** The nil reason of voidable properties planex has no value for. */
    static final String UNKNOWN = "unknown";

    private PluNames() {
    }
}
