/**
 * Test support for planex plugins: {@link org.planex.testkit.FormatProviderContract}, the contract test every
 * format module runs, and {@link org.planex.testkit.SamplePlans}, seeded generators of realistic plans with
 * every feature kind, every attribute type, Chinese text and polygons with holes.
 */
package org.planex.testkit;
