package org.planex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;

/**
 * The contract every {@link FormatProvider} fulfils, as a JUnit 5 test to extend in the format's module:
 * discovery through {@link ServiceLoader}, a stable descriptor, a probe that recognises the format and leaves
 * the input untouched, a read-write-read round trip that loses nothing, idempotent close and abort, and one
 * provider used from several threads at once.
 *
 * <p>Subclasses say which provider to test and how to make a sample input. Tests that need a capability the
 * provider lacks are skipped.
 *
 * @since 0.1
 */
public abstract class FormatProviderContract {

    /** How many threads {@link #oneProviderServesSeveralThreads} uses. */
    protected static final int THREADS = 4;

    /** The provider under test. */
    protected abstract FormatProvider provider();

    /**
     * Writes a readable sample of the format into {@code dir} and returns its path. It should hold several
     * features with every attribute type the format supports and, where the format can, Chinese text.
     */
    protected abstract Path writeSample(Path dir) throws IOException;

    /** A path in {@code dir} the provider's writer may create, e.g. {@code dir.resolve("out.gpkg")}. */
    protected abstract Path target(Path dir);

    /** A dataset read into memory: a plan, or layers with their records. */
    public record Snapshot(PlanHeader header, List<PlanFeature> features, Map<String, List<Byte>> attachments,
            List<LayerSchema> layers, List<List<LayerRecord>> records) {
    }

    @Test
    void discoveredByServiceLoader() {
        List<String> ids = ServiceLoader.load(FormatProvider.class).stream()
                .filter(p -> p.type() == provider().getClass()).map(p -> p.get().descriptor().id()).toList();
        assertThat(ids).as("META-INF/services/%s lists %s", FormatProvider.class.getName(),
                provider().getClass().getName()).containsExactly(provider().descriptor().id());
    }

    @Test
    void descriptorIsStableAndConsistent() {
        assertThat(provider().descriptor()).isEqualTo(provider().descriptor());
        assertThat(provider().descriptor().suffixes()).isNotEmpty();
    }

    @Test
    void probeRecognisesSampleAndLeavesItUntouched(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.READ), "provider cannot read");
        Path sample = writeSample(dir);
        String before = fingerprint(sample);
        ProbeInput input = ProbeInput.of(sample);
        int headBefore = input.head().remaining();
        assertThat(provider().probe(input)).isEqualTo(ProbeResult.SUPPORTED);
        assertThat(provider().probe(input)).as("a second probe gives the same answer").isEqualTo(ProbeResult.SUPPORTED);
        assertThat(input.head().remaining()).isEqualTo(headBefore);
        assertThat(fingerprint(sample)).as("probe must not change the input").isEqualTo(before);
    }

    @Test
    void probeRejectsForeignBytesWithoutThrowing(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Files.write(garbage, bytes);
        assertThat(provider().probe(ProbeInput.of(garbage))).isNotEqualTo(ProbeResult.SUPPORTED);
    }

    @Test
    void readWriteReadLosesNothing(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.READ) && provider().descriptor().can(Capability.WRITE),
                "provider cannot both read and write");
        Snapshot first = read(writeSample(dir));
        Path copy = target(dir);
        write(first, copy);
        Snapshot second = read(copy);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void closeAndAbortAreIdempotent(@TempDir Path dir) throws IOException {
        FormatProvider p = provider();
        if (p.descriptor().can(Capability.READ)) {
            Path sample = writeSample(dir);
            if (p.descriptor().dataModel() == DataModel.PLAN) {
                PlanReader r = p.openPlanReader(ReadContext.of(sample));
                r.close();
                r.close();
            } else {
                LayerReader r = p.openLayerReader(ReadContext.of(sample));
                r.close();
                r.close();
            }
        }
        if (p.descriptor().can(Capability.WRITE)) {
            Path out = target(dir);
            if (p.descriptor().dataModel() == DataModel.PLAN) {
                PlanWriter w = p.openPlanWriter(WriteContext.of(out));
                w.abort();
                w.abort();
                w.close();
                w.close();
            } else {
                LayerWriter w = p.openLayerWriter(WriteContext.of(out));
                w.abort();
                w.abort();
                w.close();
                w.close();
            }
            assertThat(out).as("an aborted writer leaves no output").doesNotExist();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.filter(f -> f.getFileName().toString().contains(out.getFileName().toString())))
                        .as("an aborted writer leaves no temporary files").isEmpty();
            }
        }
    }

    @Test
    void operationsOfTheOtherModelThrow(@TempDir Path dir) {
        FormatProvider p = provider();
        Path any = dir.resolve("x");
        if (p.descriptor().dataModel() == DataModel.PLAN) {
            assertThatThrownBy(() -> p.openLayerReader(ReadContext.of(any)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.openLayerWriter(WriteContext.of(any)))
                    .isInstanceOf(UnsupportedOperationException.class);
        } else {
            assertThatThrownBy(() -> p.openPlanReader(ReadContext.of(any)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.openPlanWriter(WriteContext.of(any)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void oneProviderServesSeveralThreads(@TempDir Path dir) throws Exception {
        assumeTrue(provider().descriptor().can(Capability.READ), "provider cannot read");
        Path sample = writeSample(dir);
        Snapshot expected = read(sample);
        boolean canWrite = provider().descriptor().can(Capability.WRITE);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Snapshot>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Path threadDir = Files.createDirectory(dir.resolve("t" + t));
                results.add(pool.submit(() -> {
                    Snapshot s = read(sample);
                    if (!canWrite) {
                        return s;
                    }
                    Path out = target(threadDir);
                    write(s, out);
                    return read(out);
                }));
            }
            for (Future<Snapshot> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads a whole dataset with the provider. */
    protected Snapshot read(Path input) throws IOException {
        FormatProvider p = provider();
        if (p.descriptor().dataModel() == DataModel.PLAN) {
            try (PlanReader r = p.openPlanReader(ReadContext.of(input))) {
                List<PlanFeature> features = new ArrayList<>();
                for (PlanFeature f = r.read(); f != null; f = r.read()) {
                    features.add(f);
                }
                Map<String, List<Byte>> attachments = new LinkedHashMap<>();
                for (Attachment a : r.header().attachments()) {
                    try (InputStream in = r.openAttachment(a)) {
                        List<Byte> bytes = new ArrayList<>();
                        for (byte b : in.readAllBytes()) {
                            bytes.add(b);
                        }
                        attachments.put(a.path(), bytes);
                    }
                }
                return new Snapshot(r.header(), features, attachments, List.of(), List.of());
            }
        }
        try (LayerReader r = p.openLayerReader(ReadContext.of(input))) {
            List<List<LayerRecord>> records = new ArrayList<>();
            for (LayerSchema layer : r.layers()) {
                List<LayerRecord> list = new ArrayList<>();
                try (RecordCursor c = r.open(layer.name())) {
                    for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                        list.add(rec);
                    }
                }
                records.add(list);
            }
            return new Snapshot(r.planHeader().orElse(null), List.of(), Map.of(), r.layers(), records);
        }
    }

    /** Writes a whole dataset with the provider. */
    protected void write(Snapshot s, Path target) throws IOException {
        FormatProvider p = provider();
        if (p.descriptor().dataModel() == DataModel.PLAN) {
            try (PlanWriter w = p.openPlanWriter(WriteContext.of(target))) {
                w.begin(s.header());
                if (w.acceptsAttachments()) {
                    for (Attachment a : s.header().attachments()) {
                        byte[] bytes = new byte[s.attachments().get(a.path()).size()];
                        for (int i = 0; i < bytes.length; i++) {
                            bytes[i] = s.attachments().get(a.path()).get(i);
                        }
                        w.addAttachment(a, new ByteArrayInputStream(bytes));
                    }
                }
                for (PlanFeature f : s.features()) {
                    w.write(f);
                }
                w.finish();
            }
            return;
        }
        try (LayerWriter w = p.openLayerWriter(WriteContext.of(target))) {
            if (s.header() != null) {
                w.writePlanHeader(s.header());
            }
            for (int i = 0; i < s.layers().size(); i++) {
                LayerSink sink = w.createLayer(s.layers().get(i));
                for (LayerRecord rec : s.records().get(i)) {
                    sink.write(rec);
                }
            }
            w.finish();
        }
    }

    /** The SHA-256, size and modification time of a file, or of every file below a folder. */
    protected static String fingerprint(Path path) throws IOException {
        try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
            StringBuilder sb = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                FileTime t = Files.getLastModifiedTime(f);
                sb.append(f).append(' ').append(Files.size(f)).append(' ').append(t).append(' ')
                        .append(sha256(f)).append('\n');
            }
            return sb.toString();
        }
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return Sha256.of(in);
        }
    }
}
