/**
 * A seeded, structure-aware fuzzing harness for every planex reader. Seeds are written at test time by
 * planex's own writers ({@link org.planex.fuzz.SeedWriters}); per-format {@link org.planex.fuzz.Mutator}s
 * break them the way real files break (truncation at record boundaries, count and length fields set to 0,
 * negative or huge, broken headers, invalid text encodings, deep nesting); {@link org.planex.fuzz.CaseRunner}
 * drives the reader through the SPI with a time bound and classifies the result. Anything but reading to the
 * end or a {@link org.planex.spi.PlanexException} with a location is a failure.
 */
package org.planex.fuzz;
