/**
 * The core exchange format: {@code plan.xml} in the planex namespace.
 *
 * <p>{@link org.planex.xml.PlanXmlReader} and {@link org.planex.xml.PlanXmlWriter} stream a document with a
 * StAX cursor, one feature element at a time, so memory stays flat in the number of features. The header is
 * bound with the JAXB classes generated at build time from {@code schemas/planex/1.0/planex.xsd} (package
 * {@code org.planex.xml.binding}, never edited by hand); features are read and written directly with StAX
 * for speed and exact control over typed and absent attribute values. Geometry is GML 3.2, translated by
 * {@link org.planex.xml.GmlReader} and {@link org.planex.xml.GmlWriter} with the axis order of the CRS.
 * {@link org.planex.xml.PlanSchema} validates a document against the XSD offline and reports each problem
 * with its line and column. Every parser is created by {@link org.planex.xml.SecureXml}: no DTDs, no
 * external entities.
 */
package org.planex.xml;
