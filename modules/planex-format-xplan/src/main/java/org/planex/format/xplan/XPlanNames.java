package org.planex.format.xplan;

import org.planex.xml.PlanXml;

/**
 * The namespaces of XPlanGML and the names of the elements planex reads.
 *
 * <p><b>Thread safety:</b> constants only.
 */
final class XPlanNames {

    /** GML 3.2, as in plan.xml. */
    static final String GML = PlanXml.GML;
    /** XLink, whose {@code href} refers from features to their Bereich. */
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /**
     * What every XPlanGML namespace starts with; the version follows ({@code 5/4}, {@code 6/0}). Its root
     * element is {@value #ROOT}; an XPlanArchiv ZIP holds it as {@value #ARCHIVE_ENTRY}.
     */
    static final String XPLAN_PREFIX = "http://www.xplanung.de/xplangml/";
    static final String ROOT = "XPlanAuszug";
    static final String ARCHIVE_ENTRY = "xplan.gml";

    private XPlanNames() {
    }

    /** Whether {@code ns} is an XPlanGML namespace of a version planex reads (5.x or 6.0). */
    static boolean isSupported(String ns) {
        return ns != null && (ns.startsWith(XPLAN_PREFIX + "5/") || ns.equals(XPLAN_PREFIX + "6/0"));
    }

    /** The version of an XPlanGML namespace, e.g. {@code 5.4} for {@code .../xplangml/5/4}. */
    static String version(String ns) {
        return ns.substring(XPLAN_PREFIX.length()).replace('/', '.');
    }
}
