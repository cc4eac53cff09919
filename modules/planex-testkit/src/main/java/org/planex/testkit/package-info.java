/**
 * Test support for planex plugins: {@link org.planex.testkit.FormatProviderContract}, the contract test every
 * format module runs, and {@link org.planex.testkit.SamplePlans}, seeded generators of realistic plans with
 * every feature kind, every attribute type, Chinese text and polygons with holes,
 * {@link org.planex.testkit.SampleLayers} for layered formats, and {@link org.planex.testkit.SampleHeaders}, a plan header with every field set for
 * codec tests.
 */
package org.planex.testkit;
