package org.planex.format.xplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;
import org.planex.spi.WarningListener;

/** The hand-written XPlanGML test plans of this module, copied out of the class path, and ways to read them. */
final class XPlanFixtures {

    /** The four test plans: a Bebauungsplan and a Flaechennutzungsplan in XPlanGML 5.4 and in 6.0. */
    static final List<String> PLANS = List.of("bp-5.4.xplan.gml", "bp-6.0.xplan.gml", "fp-5.4.xplan.gml",
            "fp-6.0.xplan.gml");

    private XPlanFixtures() {
    }

    /** Copies the test plan {@code name} into {@code dir}. */
    static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = XPlanFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** Writes a ZIP of the given entries (name to content). */
    static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    /** A plan read: header, features and the warnings given. */
    record Read(PlanHeader header, List<PlanFeature> features, List<String> warnings) {
    }

    /** Reads {@code file} with the provider. */
    static Read read(Path file) throws IOException {
        List<String> warnings = new ArrayList<>();
        WarningListener listener = (where, message) -> warnings.add(message);
        try (PlanReader r = new XPlanFormatProvider().openPlanReader(new ReadContext(file, null, listener))) {
            List<PlanFeature> features = new ArrayList<>();
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                features.add(f);
            }
            return new Read(r.header(), features, warnings);
        }
    }
}
