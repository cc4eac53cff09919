package org.planex.spi;

/**
 * A file format planex can read and/or write: the one extension point of format plugins.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: list the implementation class in
 * {@code META-INF/services/org.planex.spi.FormatProvider}. A provider needs a public no-argument constructor.
 *
 * <p><b>Detection.</b> planex first probes the providers whose {@linkplain FormatDescriptor#suffixes()
 * suffix} matches the input's name, then all others; the first {@link ProbeResult#SUPPORTED} wins.
 *
 * <p><b>Thread safety:</b> providers are stateless and used from many threads at once; every reader or
 * writer they open is independent.
 *
 * <p><b>Note for implementers:</b> declare the data model and capabilities truthfully in
 * {@link #descriptor()}; implement the open methods of that model and capabilities, and leave the others to
 * their defaults, which throw {@link UnsupportedOperationException} (never return {@code null}). Report every
 * problem of the data as a {@link PlanexException} with a {@link Location}. Run the contract tests of
 * {@code planex-testkit} against your provider.
 *
 * @since 0.1
 */
public interface FormatProvider {

    /** What this provider is and can do. Must return equal values on every call. */
    FormatDescriptor descriptor();

    /**
     * Says whether this provider can read the input, looking only at what {@code input} offers (name, first
     * bytes, entry names). Must be cheap, must not open the input for reading beyond that, must not throw for
     * inputs of other formats.
     */
    ProbeResult probe(ProbeInput input);

    /**
     * Opens a plan reader; for {@link DataModel#PLAN} providers that can {@link Capability#READ}.
     *
     * @throws PlanexException if the input cannot be opened or its header is invalid
     */
    default PlanReader openPlanReader(ReadContext context) throws PlanexException {
        throw unsupported("read plans");
    }

    /**
     * Opens a plan writer; for {@link DataModel#PLAN} providers that can {@link Capability#WRITE}.
     *
     * @throws PlanexException if the target cannot be written
     */
    default PlanWriter openPlanWriter(WriteContext context) throws PlanexException {
        throw unsupported("write plans");
    }

    /**
     * Opens a layer reader; for {@link DataModel#LAYERS} providers that can {@link Capability#READ}.
     *
     * @throws PlanexException if the input cannot be opened
     */
    default LayerReader openLayerReader(ReadContext context) throws PlanexException {
        throw unsupported("read layers");
    }

    /**
     * Opens a layer writer; for {@link DataModel#LAYERS} providers that can {@link Capability#WRITE}.
     *
     * @throws PlanexException if the target cannot be written
     */
    default LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
        throw unsupported("write layers");
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("format " + descriptor().id() + " cannot " + what);
    }
}
