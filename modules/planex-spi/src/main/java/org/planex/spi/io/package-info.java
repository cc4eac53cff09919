/**
 * Foundations that format plugins build their readers and writers on, so that every format behaves the same:
 * {@link org.planex.spi.io.AtomicOutput} (an output that appears complete or not at all),
 * {@link org.planex.spi.io.AbstractLayerWriter} and {@link org.planex.spi.io.AbstractLayerSink} (writer states,
 * the record check on every record) and {@link org.planex.spi.io.AbstractLayerReader} (open/close bookkeeping
 * and one missing-layer error).
 *
 * @since 0.3
 */
package org.planex.spi.io;
