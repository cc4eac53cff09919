/**
 * The service provider interface for zoning code systems and crosswalks between them.
 *
 * <p>A {@link org.planex.spi.codes.CodeSystem} is one published list of land/sea use or zoning codes
 * (the 2023 land and sea use classification, GB/T 21010-2017, Hong Kong OZP zones, INSPIRE HILUCS...).
 * A {@link org.planex.spi.codes.Crosswalk} maps the codes of one system to codes of another, or to the
 * shared {@link org.planex.spi.codes.HarmonisedCategory harmonised categories} (target system id
 * {@value org.planex.spi.codes.HarmonisedCategory#SYSTEM_ID}) that cross-border checks compare.
 *
 * <p>Plugins contribute both through a {@link org.planex.spi.codes.CodeSystemProvider} listed in
 * {@code META-INF/services/org.planex.spi.codes.CodeSystemProvider}.
 *
 * <p><b>Null policy:</b> no method of this package returns {@code null}; absence is an empty
 * {@link java.util.Optional}, an empty list or, for crosswalks, a result flagged
 * {@link org.planex.spi.codes.MappingFlag#UNMAPPED}. Arguments must not be {@code null} unless a
 * parameter says otherwise.
 *
 * <p><b>Thread safety:</b> code systems, crosswalks and providers are immutable once loaded and are used
 * from many threads at once; implementations that load data lazily must do so safely and once.
 *
 * @since 0.1
 */
package org.planex.spi.codes;
