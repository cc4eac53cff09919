package org.planex.spark.job;

import java.io.Serializable;
import org.planex.validate.PairCheck;

/**
 * What the pair stage found for one adjacent pair.
 *
 * @param first the input index of the first plan (the smaller)
 * @param second the input index of the second
 * @param check the pair's issues and border summary
 * @since 0.1
 */
public record PairOutcome(int first, int second, PairCheck check) implements Serializable {
}
