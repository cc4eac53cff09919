/**
 * The service provider interface for planex format plugins.
 *
 * <p>A plugin is a jar with one or more {@link org.planex.spi.FormatProvider} implementations listed in
 * {@code META-INF/services/org.planex.spi.FormatProvider}. planex finds them with
 * {@link java.util.ServiceLoader} on the class path and in the jars of {@code --plugins DIR}.
 *
 * <p>A provider works on one of two data models ({@link org.planex.spi.DataModel}): the plan model itself
 * ({@link org.planex.spi.PlanReader}, {@link org.planex.spi.PlanWriter}), for formats that encode a whole
 * plan package, or layers of records ({@link org.planex.spi.LayerReader},
 * {@link org.planex.spi.LayerWriter}), for local GIS formats whose layers a profile maps to the plan model.
 *
 * <p>Errors are {@link org.planex.spi.PlanexException}s that say what went wrong, where
 * ({@link org.planex.spi.Location}) and of which {@link org.planex.spi.ErrorKind}; the CLI turns the kind
 * into an exit code. See {@code docs/plugin-guide.md} for a walk-through.
 */
package org.planex.spi;
