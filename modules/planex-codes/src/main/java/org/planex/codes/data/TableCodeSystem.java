package org.planex.codes.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeSystem;

/**
 * A code system whose list is a CSV resource read on first use, once (see {@link CodeTableReader}).
 *
 * <p>Thread-safe.
 */
public final class TableCodeSystem implements CodeSystem {

    private final String id;
    private final String name;
    private final String version;
    private final Optional<String> successor;
    private final CodeNormaliser normaliser;
    private final LoadOnce<CodeTable> table;

    /**
     * Creates a system backed by a bundled resource.
     *
     * @param id the system id
     * @param name the display name
     * @param version the edition
     * @param successor the id of the superseding edition, if any
     * @param resource the path of the CSV below {@code org/planex/codes/data/}
     * @param normaliser the system's normalisation rule
     */
    public TableCodeSystem(String id, String name, String version, Optional<String> successor, String resource,
            CodeNormaliser normaliser) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.successor = Objects.requireNonNull(successor, "successor");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        Objects.requireNonNull(resource, "resource");
        this.table = new LoadOnce<>(() -> {
            try {
                return CodeTableReader.read(BundledResource.open(resource));
            } catch (PlanexException e) {
                throw BundledResource.broken(e);
            }
        });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Optional<String> successor() {
        return successor;
    }

    @Override
    public String normalise(String raw) {
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? trimmed : normaliser.normalise(trimmed, table.get().codes());
    }

    @Override
    public Optional<CodeEntry> lookup(String code) {
        return table.get().lookup(code);
    }

    @Override
    public List<CodeEntry> entries() {
        return table.get().entries();
    }

    @Override
    public List<CodeEntry> children(String code) {
        return table.get().children(code);
    }

    @Override
    public String toString() {
        return id;
    }
}
