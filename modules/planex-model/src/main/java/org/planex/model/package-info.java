/**
 * The plan model: an immutable description of one jurisdiction's spatial plan.
 *
 * <p>A plan is a {@link org.planex.model.PlanHeader} followed by a stream of
 * {@link org.planex.model.PlanFeature}s ({@link org.planex.model.Zone zones},
 * {@link org.planex.model.ControlArea control areas}, {@link org.planex.model.Facility facilities} and
 * {@link org.planex.model.Corridor corridors}). Geometry is JTS with x = east (or longitude) and
 * y = north (or latitude), whatever axis order the declared CRS uses in files. Every feature carries free
 * typed {@link org.planex.model.Attributes} so that a round trip through any format loses nothing.
 *
 * <p>This package does no I/O: encodings live in their own modules.
 */
package org.planex.model;
