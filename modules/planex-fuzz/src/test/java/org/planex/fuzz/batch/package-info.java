/**
 * A batch conversion under load through the real CLI: a thousand small GeoJSON and shapefile inputs, one in
 * twenty broken in its own way ({@link org.planex.fuzz.batch.BrokenInput}), converted with as many workers as
 * cores. Every good input must be converted completely, every broken one reported once with its own error and
 * the JSON summary must say exactly that.
 */
package org.planex.fuzz.batch;
