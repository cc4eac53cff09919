/**
 * The INSPIRE Planned Land Use format plugin: a plan written as one GML 3.2 document of the PLU 4.0 application
 * schema (a {@code gml:FeatureCollection} of one {@code plu:SpatialPlan}, its {@code plu:ZoningElement}s and
 * {@code plu:SupplementaryRegulation}s), streamed with StAX, and read back into the plan model. HILUCS values
 * come from the crosswalks of the code system providers on the class path; the mapping tables are in
 * {@link org.planex.format.inspire.PluCodeLists} and in the module's README.
 */
package org.planex.format.inspire;
