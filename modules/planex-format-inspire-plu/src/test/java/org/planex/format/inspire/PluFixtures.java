package org.planex.format.inspire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/** Plans for the tests: the YRD example packages, and writing and reading plans through the provider. */
final class PluFixtures {


    private PluFixtures() {
    }

    /** A plan in memory. */
    record Plan(PlanHeader header, List<PlanFeature> features) {
    }

    /** The names of the three packages of the YRD demonstration zone, a {@code @MethodSource}. */
    static List<String> yrdNames() {
        return List.of("qingpu", "wujiang", "jiashan");
    }

    /** The package folder of a YRD example. */
    static Path yrd(String name) {
        return Path.of(System.getProperty("planex.root", "../.."), "examples", "yrd-demo-zone", name);
    }

    /** Reads a planex package. */
    static Plan readPackage(Path pkg) throws IOException {
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
            return drain(r);
        }
    }

    /** Reads an INSPIRE PLU file, passing warnings on. */
    static Plan readPlu(Path file, WarningListener warnings) throws IOException {
        try (PlanReader r = new InspirePluFormatProvider().openPlanReader(new ReadContext(file, null, warnings))) {
            return drain(r);
        }
    }

    /** Writes a plan as INSPIRE PLU, passing warnings on. */
    static Path writePlu(PlanHeader header, List<PlanFeature> features, Path target, WarningListener warnings)
            throws IOException {
        try (PlanWriter w = new InspirePluFormatProvider().openPlanWriter(new WriteContext(target, null, warnings))) {
            w.begin(header);
            for (PlanFeature f : features) {
                w.write(f);
            }
            w.finish();
        }
        return target;
    }

    private static Plan drain(PlanReader r) throws IOException {
        List<PlanFeature> features = new ArrayList<>();
        for (PlanFeature f = r.read(); f != null; f = r.read()) {
            features.add(f);
        }
        return new Plan(r.header(), features);
    }
}
