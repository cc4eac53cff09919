/**
 * The one contract for CRS definitions that format plugins share: what an EPSG code is (name, geographic or
 * projected, axis order, unit, the WKT to write) and which EPSG code a WKT text is.
 *
 * <p>Plugins depend only on {@code planex-spi}; the implementation, {@code planex-crs}, covers the whole EPSG
 * registry and is found at run time with {@link java.util.ServiceLoader} through
 * {@link org.planex.spi.crs.CrsDefinitions#provider()}. A plugin that writes a {@code .prj} or a GeoPackage SRS
 * row, or reads one, asks it instead of carrying its own tables, so every format gives the same answer for the
 * same CRS.
 *
 * <p><b>Null policy:</b> no method of this package returns {@code null}; absence is an empty
 * {@link java.util.Optional}. Arguments must not be {@code null}.
 *
 * <p><b>Thread safety:</b> every type here is immutable or thread-safe; implementations load their data lazily,
 * safely and once.
 *
 * @since 0.2
 */
package org.planex.spi.crs;
