package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.core.convert.ConversionOptions;
import org.planex.core.convert.ConversionResult;
import org.planex.core.convert.PlanConverter;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.profile.ProfileLoader;
import org.planex.core.profile.ProfileOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * {@code convert} reads its input once on every path: a plan package written as layers (the output schema is
 * learnt while the features are spooled), layers mapped from one profile to another, layers packaged as a plan
 * with a boundary derived from the zones, and a plain layer copy. The input's format is wrapped by a provider
 * that counts how often the dataset is opened and how often each layer is read.
 */
class ConvertReadsOnceTest {

    @TempDir
    static Path data;

    private static FormatRegistry registry;

    @BeforeAll
    static void localData() throws Exception {
        registry = FormatRegistry.load();
        Path example = ExampleTest.EXAMPLE;
        assertThat(CliRun.of("convert", example.toString(), "-o", data.resolve("qp.planex.zip").toString()).exitCode())
                .isZero();
        assertThat(CliRun.of("convert", example.toString(), "-o", data.resolve("qp-shp").toString(), "-f", "shapefile",
                "--profile", "cn-plan-db").exitCode()).isZero();
        Path zonesOnly = Files.createDirectories(data.resolve("zones-shp"));
        try (Stream<Path> files = Files.list(data.resolve("qp-shp"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("YDYH.")).toList()) {
                Files.copy(f, zonesOnly.resolve(f.getFileName()));
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {2} ({3} -> {4})")
    @CsvSource({
        "qp.planex.zip, planex, out.gpkg, '', generic",
        "qp.planex.zip, planex, out-shp, '', cn-plan-db",
        "qp.planex.zip, planex, out-geojson, '', generic",
        "qp-shp, shapefile, out.gpkg, cn-plan-db, generic",
        "qp-shp, shapefile, out.planex.zip, cn-plan-db, ''",
        "zones-shp, shapefile, out.planex.zip, '', ''",
        "zones-shp, shapefile, copy.gpkg, '', ''"})
    void readsTheInputOnce(String input, String format, String output, String inProfile, String outProfile,
            @TempDir Path out) throws Exception {
        CountingProvider counting = new CountingProvider(registry.get(format));
        InputOptions options = new InputOptions(null, Map.of(), inProfile.isEmpty() ? null : inProfile,
                ProfileOptions.NONE, null);
        OpenedInput in = new InputOpener(registry).open(data.resolve(input), counting, options, WarningListener.IGNORE);
        Path target = out.resolve(output);
        FormatProvider to = FormatChoice.forOutput(registry, target, output.endsWith("-shp") ? "shapefile"
                : output.endsWith("-geojson") ? "geojson" : null);
        ConversionResult r = new PlanConverter().convert(in, to, WriteContext.of(target), new ConversionOptions(
                outProfile.isEmpty() ? null : ProfileLoader.load(outProfile), null, null));

        assertThat(r.features()).as("features written").isGreaterThan(200);
        assertThat(counting.opens.get()).as("opens of the input dataset").isEqualTo(1);
        assertThat(counting.layerReads).as("reads of each input layer").isNotEmpty()
                .allSatisfy((layer, n) -> assertThat(n.get()).as(layer).isEqualTo(1));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("only the output is left, no spool")
                    .containsExactly(output);
        }
    }

    /** Delegates to a format, counting dataset opens and layer cursors (a plan reader counts as its layer). */
    private static final class CountingProvider implements FormatProvider {
        private final FormatProvider delegate;
        private final AtomicInteger opens = new AtomicInteger();
        private final Map<String, AtomicInteger> layerReads = new ConcurrentHashMap<>();

        CountingProvider(FormatProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public FormatDescriptor descriptor() {
            return delegate.descriptor();
        }

        @Override
        public ProbeResult probe(ProbeInput input) {
            return delegate.probe(input);
        }

        @Override
        public PlanReader openPlanReader(ReadContext context) throws PlanexException {
            opens.incrementAndGet();
            layerReads.computeIfAbsent("plan.xml", k -> new AtomicInteger()).incrementAndGet();
            return delegate.openPlanReader(context);
        }

        @Override
        public LayerReader openLayerReader(ReadContext context) throws PlanexException {
            opens.incrementAndGet();
            LayerReader layers = delegate.openLayerReader(context);
            return new LayerReader() {
                @Override
                public List<LayerSchema> layers() {
                    return layers.layers();
                }

                @Override
                public Optional<PlanHeader> planHeader() {
                    return layers.planHeader();
                }

                @Override
                public RecordCursor open(String layerName) throws PlanexException {
                    layerReads.computeIfAbsent(layerName, k -> new AtomicInteger()).incrementAndGet();
                    return layers.open(layerName);
                }

                @Override
                public void close() throws PlanexException {
                    layers.close();
                }
            };
        }

        @Override
        public PlanWriter openPlanWriter(WriteContext context) throws PlanexException {
            return delegate.openPlanWriter(context);
        }

        @Override
        public LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
            return delegate.openLayerWriter(context);
        }
    }
}
