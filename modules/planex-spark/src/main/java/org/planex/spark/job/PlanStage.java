package org.planex.spark.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.planex.spark.RunSettings;
import org.planex.spi.PlanexException;
import org.planex.validate.InputCheck;
import org.planex.validate.Validator;
import org.planex.validate.engine.LoadedPlan;

/**
 * The plan stage, one task per input on an executor: reads the input with planex's own readers, checks it alone
 * (package, feature and plan rules, exactly as {@code planex validate} does) and cuts it to its border slice, whose
 * features go on to the pairs.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class PlanStage {

    private static final GeometryFactory LON_LAT = new GeometryFactory();
    private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

    private PlanStage() {
    }

    /**
     * What the plan stage gives for one input.
     *
     * @param record the input's record
     * @param band the features of its border slice, in slice order (none when it cannot be paired)
     */
    public record Result(PlanRecord record, List<BandFeature> band) implements Serializable {
    }

    /**
     * Checks one input.
     *
     * @param index its position in the run
     * @param input its path and profile, readable on this executor
     * @param settings the run's settings
     * @throws PlanexException if the validator cannot be built (the formats cannot be loaded); an input that
     *         cannot be read is an issue of its record, not an exception
     */
    public static Result check(int index, RunInput input, RunSettings settings) throws PlanexException {
        Validator validator = settings.validator();
        InputCheck check = validator.checkInput(input.file(), input.options());
        LoadedPlan slice = check.slice();
        boolean pairable = slice != null && slice.hasMetricView() && slice.header().boundary() != null;
        if (!pairable) {
            return new Result(new PlanRecord(index, input, check.summary(), check.issues(), null,
                    slice == null ? 0 : slice.wholeSize(), false, null, 0), List.of());
        }
        Envelope extent = check.pairingExtent() == null ? WORLD : check.pairingExtent();
        PlanRecord record = new PlanRecord(index, input, check.summary(), check.issues(), slice.header(),
                slice.wholeSize(), slice.isSlice(), LON_LAT.toGeometry(extent), check.impactRadius());
        List<BandFeature> band = new ArrayList<>(slice.features().size());
        WKBWriter wkb = new WKBWriter();
        for (int i = 0; i < slice.features().size(); i++) {
            Geometry metric = slice.metric(i);
            Geometry lonLat = metric == null ? null : slice.toLonLat(metric);
            band.add(new BandFeature(index, i, lonLat == null ? null : wkb.write(lonLat), slice.features().get(i)));
        }
        return new Result(record, band);
    }
}
