package org.planex.spark.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planex.model.PlanFeature;
import org.planex.spark.RunSettings;
import org.planex.spi.PlanexException;
import org.planex.validate.PairCheck;
import org.planex.validate.Validator;
import org.planex.validate.engine.LoadedPlan;

/**
 * The pair stage, one task per candidate pair on an executor: loads each side from the border features the spatial
 * join sent it (the zones within the pair's reach of the other side, and every other feature) and runs planex's
 * own pair rules, then the region rules over the pair ({@link Validator#checkPair}), in the metric CRS chosen for
 * the pair's border as {@code planex validate} chooses it. A side whose plan stage kept only a border slice is
 * marked as one, so that a neighbour reaching deeper than the slice (plans that overlap far, a wide facility impact
 * radius) reads the whole plan again, as on one machine.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class PairStage {

    private PairStage() {
    }

    /**
     * Checks one pair.
     *
     * @param first the record of the first plan (the smaller input index)
     * @param firstBand the border features of the first plan sent to this pair, in any order
     * @param second the record of the second plan
     * @param secondBand the border features of the second plan sent to this pair
     * @param settings the run's settings
     * @return the pair's outcome, empty when the two are not adjacent
     * @throws PlanexException if the validator cannot be built
     */
    public static Optional<PairOutcome> check(PlanRecord first, List<BandFeature> firstBand, PlanRecord second,
            List<BandFeature> secondBand, RunSettings settings) throws PlanexException {
        Validator validator = settings.validator();
        LoadedPlan a = load(first, firstBand, validator);
        LoadedPlan b = load(second, secondBand, validator);
        Optional<PairCheck> check = validator.checkPair(a, b);
        return check.map(c -> new PairOutcome(first.index(), second.index(), c));
    }

    private static LoadedPlan load(PlanRecord record, List<BandFeature> band, Validator validator) {
        List<BandFeature> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingInt(BandFeature::ordinal));
        List<PlanFeature> features = sorted.stream().map(BandFeature::feature).toList();
        Path source = record.input().file();
        LoadedPlan part = validator.loadPart(source, record.header(), features);
        if (!record.sliced()) {
            return part;
        }
        return part.asBorderSlice(validator.sliceReach(), () -> validator.loadWhole(source, record.input().options()),
                record.wholeSize());
    }
}
