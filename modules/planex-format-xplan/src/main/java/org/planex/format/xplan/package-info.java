/**
 * The XPlanGML format plugin (read only): German Bebauungsplaene and Flaechennutzungsplaene of XPlanGML 5.x
 * and 6.0, as a GML document or an XPlanArchiv ZIP, streamed with the secure StAX factory of planex-xml into the
 * plan model. Area features become zones coded in {@code de-xplan-artdernutzung} (tables in
 * {@link org.planex.format.xplan.XPlanCodes}), curved boundaries are linearised within 1 cm
 * ({@link org.planex.format.xplan.ArcLinearizer}); the module's README lists what is read and what is left out.
 */
package org.planex.format.xplan;
