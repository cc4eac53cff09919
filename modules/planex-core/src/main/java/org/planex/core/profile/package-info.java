/**
 * Profiles: declarative mappings between the layers and fields of a local GIS database and the plan model,
 * applied in both directions. A {@link org.planex.core.profile.Profile} is a JSON data file (see
 * {@code docs/profiles.md}); {@link org.planex.core.profile.LayerPlanReader} turns layers into a plan and
 * {@link org.planex.core.profile.PlanLayerExport} writes a plan back into layers;
 * {@link org.planex.core.profile.ZoneBoundaryUnion} derives a plan boundary from the zones when the data has no
 * boundary layer.
 */
package org.planex.core.profile;
