package org.planex.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.Location;
import org.planex.testkit.SamplePlans;

class PlanXmlRoundTripTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyHeaderFieldFeatureAndAttributeSurvives(boolean geographic) throws Exception {
        SamplePlans samples = geographic ? SamplePlans.geographic() : SamplePlans.projected();
        PlanHeader header = samples.header("QP-2035", 400);
        List<PlanFeature> features = samples.featureList(400, 7);

        byte[] xml = write(header, features);
        List<PlanFeature> back = new ArrayList<>();
        try (PlanXmlReader r = new PlanXmlReader(new ByteArrayInputStream(xml), Location.UNKNOWN,
                new GeometryFactory())) {
            assertThat(r.header()).isEqualTo(header);
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                back.add(f);
            }
            assertThat(r.read()).isNull();
        }
        assertThat(back).isEqualTo(features);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void writtenDocumentsAreValidAgainstTheXsd(boolean geographic) throws Exception {
        SamplePlans samples = geographic ? SamplePlans.geographic() : SamplePlans.projected();
        byte[] xml = write(samples.header("QP-2035", 100), samples.featureList(100, 3));
        assertThat(PlanSchema.validate(new ByteArrayInputStream(xml), 20)).isEmpty();
    }

    static byte[] write(PlanHeader header, List<PlanFeature> features) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanXmlWriter w = new PlanXmlWriter(out, Location.UNKNOWN);
        w.begin(header);
        for (PlanFeature f : features) {
            w.write(f);
        }
        w.end();
        return out.toByteArray();
    }
}
