package org.planex.bench;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.planex.model.CrsRef;
import org.planex.spi.PlanexException;
import org.planex.xml.GmlReader;
import org.planex.xml.GmlWriter;
import org.planex.xml.PlanXml;

/**
 * The GML codec of planex packages: writing and reading {@value #COUNT} generated zone polygons (8 to 16
 * vertices, EPSG:4549, northing first) per invocation; scores are per polygon.
 *
 * <p><b>Thread safety:</b> JMH state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GmlCodecBenchmark {

    static final int COUNT = 1000;
    private static final CrsRef CRS = CrsRef.epsg(4549);

    private final XMLOutputFactory outputs = XMLOutputFactory.newFactory();
    private final XMLInputFactory inputs = XMLInputFactory.newFactory();
    private Geometry[] polygons;
    private String document;

    /** Generates the polygons and their GML document. */
    @Setup
    public void setUp() throws XMLStreamException {
        PlanLayerGenerator generator = new PlanLayerGenerator(COUNT, 1);
        SplittableRandom random = new SplittableRandom(1);
        polygons = new Geometry[COUNT];
        for (int i = 0; i < COUNT; i++) {
            polygons[i] = generator.zone(i, random).geometry();
        }
        StringWriter out = new StringWriter();
        writeAll(out);
        document = out.toString();
    }

    private void writeAll(Writer out) throws XMLStreamException {
        XMLStreamWriter w = outputs.createXMLStreamWriter(out);
        GmlWriter gml = new GmlWriter(CRS);
        w.writeStartDocument();
        w.setPrefix("gml", PlanXml.GML);
        w.writeStartElement("gml", "members", PlanXml.GML);
        w.writeNamespace("gml", PlanXml.GML);
        for (int i = 0; i < polygons.length; i++) {
            gml.write(w, polygons[i], "g" + i);
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    /** Writes the polygons as GML to a writer that discards the text. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void write() throws XMLStreamException {
        writeAll(Writer.nullWriter());
    }

    /** Reads the polygons back from their GML text. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void read(Blackhole hole) throws XMLStreamException, PlanexException {
        XMLStreamReader r = inputs.createXMLStreamReader(new StringReader(document));
        GmlReader gml = new GmlReader(CRS, new GeometryFactory());
        r.nextTag();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            hole.consume(gml.read(r));
        }
        r.close();
    }
}
