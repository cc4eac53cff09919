package org.planex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attachment;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;

/**
 * The contract every {@link FormatProvider} fulfils, as a JUnit 5 test to extend in the format's module:
 * discovery through {@link ServiceLoader}, a stable descriptor, a probe that recognises the format and leaves
 * the input untouched, a read-write-read round trip that loses nothing, idempotent close and abort, one
 * provider used from several threads at once, and the writer and reader states every format shares (see
 * {@code org.planex.spi.io}): a mistyped record refused naming field and record, no write after finish, no
 * trace of an aborted partial write, no collision of two writers on one target, and one error kind for a
 * missing layer.
 *
 * <p>Subclasses say which provider to test and how to make a sample input. Tests that need a capability the
 * provider lacks are skipped.
 *
 * @since 0.1
 */
public abstract class FormatProviderContract {

    /** How many threads {@link #oneProviderServesSeveralThreads} uses. */
    protected static final int THREADS = 4;

    /** A small layer that every layered format can hold, for the writer-state tests. */
    private static final LayerSchema POINTS = new LayerSchema("points", GeometryKind.POINT, List.of(
            new FieldDef("N", AttributeType.INTEGER, 9, 0), new FieldDef("NAME", AttributeType.STRING, 20, 0)),
            CrsRef.WGS84);
    private static final GeometryFactory POINT_FACTORY = new GeometryFactory();

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

    @Test
    void mistypedRecordIsRefusedNamingFieldAndRecord(@TempDir Path dir) throws IOException {
        assumeLayerWriter();
        Path out = target(dir);
        try (LayerWriter w = provider().openLayerWriter(WriteContext.of(out))) {
            LayerSink sink = w.createLayer(POINTS);
            sink.write(point(1));
            LayerRecord bad = new LayerRecord(POINTS.name(), 2, "2", point(2).geometry(),
                    Attributes.builder().put("N", AttributeValue.of("seven")).put("NAME", "two").build());
            PlanexException e = catchThrowableOfType(PlanexException.class, () -> sink.write(bad));
            assertThat(e).as("a STRING value for the INTEGER field N is refused").isNotNull();
            assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
            assertThat(e.getReason()).contains("'N'");
            assertThat(e.getLocation().record()).isEqualTo(2);
        }
        assertNothingLeft(dir, out);
    }

    @Test
    void writeAfterFinishThrowsIllegalState(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.WRITE), "provider cannot write");
        Path out = target(dir);
        if (provider().descriptor().dataModel() == DataModel.PLAN) {
            SamplePlans s = SamplePlans.geographic();
            List<PlanFeature> features = s.featureList(3, 7);
            try (PlanWriter w = provider().openPlanWriter(WriteContext.of(out))) {
                w.begin(s.header("P", 3));
                w.write(features.get(0));
                w.finish();
                assertThatThrownBy(() -> w.write(features.get(1))).isInstanceOf(IllegalStateException.class);
            }
        } else {
            try (LayerWriter w = provider().openLayerWriter(WriteContext.of(out))) {
                LayerSink sink = w.createLayer(POINTS);
                sink.write(point(1));
                w.finish();
                assertThatThrownBy(() -> sink.write(point(2))).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("finished");
                assertThatThrownBy(() -> w.createLayer(POINTS)).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(out).as("the finished output stays").exists();
    }

    @Test
    void closeWithoutFinishAfterAPartialWriteLeavesNoTrace(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.WRITE), "provider cannot write");
        Path out = target(dir);
        if (provider().descriptor().dataModel() == DataModel.PLAN) {
            SamplePlans s = SamplePlans.geographic();
            try (PlanWriter w = provider().openPlanWriter(WriteContext.of(out))) {
                w.begin(s.header("P", 20));
                for (PlanFeature f : s.featureList(20, 3)) {
                    w.write(f);
                }
            }
        } else {
            try (LayerWriter w = provider().openLayerWriter(WriteContext.of(out))) {
                LayerSink sink = w.createLayer(POINTS);
                for (long i = 1; i <= 20; i++) {
                    sink.write(point(i));
                }
            }
        }
        assertNothingLeft(dir, out);
    }

    @Test
    void twoWritersOfOneTargetDoNotCollide(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.WRITE), "provider cannot write");
        Path out = target(dir);
        if (provider().descriptor().dataModel() == DataModel.PLAN) {
            SamplePlans s = SamplePlans.geographic();
            PlanWriter first = provider().openPlanWriter(WriteContext.of(out));
            try (PlanWriter second = provider().openPlanWriter(WriteContext.of(out))) {
                first.begin(s.header("A", 5));
                second.begin(s.header("B", 3));
                for (PlanFeature f : s.featureList(5, 1)) {
                    first.write(f);
                }
                for (PlanFeature f : s.featureList(3, 2)) {
                    second.write(f);
                }
                first.close();
                second.finish();
            }
        } else {
            LayerWriter first = provider().openLayerWriter(WriteContext.of(out));
            try (LayerWriter second = provider().openLayerWriter(WriteContext.of(out))) {
                LayerSink a = first.createLayer(POINTS);
                LayerSink b = second.createLayer(POINTS);
                for (long i = 1; i <= 5; i++) {
                    a.write(point(i));
                    if (i <= 3) {
                        b.write(point(i));
                    }
                }
                first.close();
                second.finish();
            }
            if (provider().descriptor().can(Capability.READ)) {
                Snapshot back = read(out);
                assertThat(back.records()).as("the second writer's records, untouched by the first")
                        .singleElement().satisfies(records -> assertThat(records).hasSize(3));
            }
        }
        assertThat(out).exists();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("only the target is left").containsExactly(
                    out.getFileName().toString());
        }
    }

    @Test
    void missingLayerIsTheSameErrorInEveryFormat(@TempDir Path dir) throws IOException {
        assumeTrue(provider().descriptor().can(Capability.READ)
                && provider().descriptor().dataModel() == DataModel.LAYERS, "provider reads no layers");
        Path sample = writeSample(dir);
        try (LayerReader r = provider().openLayerReader(ReadContext.of(sample))) {
            PlanexException e = catchThrowableOfType(PlanexException.class, () -> r.open("no-such-layer"));
            assertThat(e).isNotNull();
            assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
            assertThat(e.getReason()).contains("'no-such-layer'").contains(r.layers().get(0).name());
            assertThat(e.getLocation().file()).isNotNull();
        }
    }

    /** A point record of {@link #POINTS}: N = i, NAME = "点i". */
    private static LayerRecord point(long i) {
        return new LayerRecord(POINTS.name(), i, Long.toString(i), POINT_FACTORY.createPoint(new Coordinate(
                121 + i / 100.0, 31 + i / 100.0)), Attributes.builder().put("N", i).put("NAME", "点" + i).build());
    }

    private void assumeLayerWriter() {
        assumeTrue(provider().descriptor().can(Capability.WRITE)
                && provider().descriptor().dataModel() == DataModel.LAYERS, "provider writes no layers");
    }

    /** Asserts that neither {@code out} nor a temporary file named after it is in {@code dir}. */
    private static void assertNothingLeft(Path dir, Path out) throws IOException {
        assertThat(out).as("an aborted writer leaves no output").doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.filter(f -> f.getFileName().toString().contains(out.getFileName().toString())))
                    .as("an aborted writer leaves no temporary files").isEmpty();
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
