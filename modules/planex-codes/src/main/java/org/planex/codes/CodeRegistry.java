package org.planex.codes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.CodeSystemProvider;
import org.planex.spi.codes.ComposedCrosswalk;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * All code systems and crosswalks of a set of {@link CodeSystemProvider}s, by id.
 *
 * <p>Build one with {@link #load()} (the providers on the class path) or {@link #of(List)} and pass it to
 * whoever needs it; there is no global instance. Building is cheap: the systems load their data on first use.
 *
 * <p>{@link #crosswalk(String, String)} finds a direct crosswalk or, failing that, chains two through one
 * intermediate system (e.g. {@code cn-ydyh-2020 -> cn-ydyh-2023 -> planex-category}), preferring the source
 * system's successor edition as the intermediate.
 *
 * <p><b>Thread safety:</b> immutable; safe for use from many threads.
 */
public final class CodeRegistry {

    private final Map<String, CodeSystem> systems;
    private final Map<String, Crosswalk> crosswalks;

    private CodeRegistry(Map<String, CodeSystem> systems, Map<String, Crosswalk> crosswalks) {
        this.systems = systems;
        this.crosswalks = crosswalks;
    }

    /** The registry of the providers found by {@link ServiceLoader} with this class's class loader. */
    public static CodeRegistry load() {
        return load(CodeRegistry.class.getClassLoader());
    }

    /** The registry of the providers found by {@link ServiceLoader} with {@code loader}. */
    public static CodeRegistry load(ClassLoader loader) {
        List<CodeSystemProvider> providers = new ArrayList<>();
        ServiceLoader.load(CodeSystemProvider.class, loader).forEach(providers::add);
        return of(providers);
    }

    /**
     * The registry of {@code providers}.
     *
     * @throws IllegalArgumentException if two providers contribute the same system id or the same crosswalk
     */
    public static CodeRegistry of(List<? extends CodeSystemProvider> providers) {
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        Map<String, Crosswalk> crosswalks = new LinkedHashMap<>();
        for (CodeSystemProvider provider : providers) {
            for (CodeSystem system : provider.codeSystems()) {
                if (systems.putIfAbsent(system.id(), system) != null) {
                    throw new IllegalArgumentException("code system " + system.id() + " is contributed twice, again by "
                            + provider.getClass().getName() + "; remove one of the plugins");
                }
            }
            for (Crosswalk crosswalk : provider.crosswalks()) {
                String key = key(crosswalk.fromSystem(), crosswalk.toSystem());
                if (crosswalks.putIfAbsent(key, crosswalk) != null) {
                    throw new IllegalArgumentException("crosswalk " + crosswalk.fromSystem() + " -> "
                            + crosswalk.toSystem() + " is contributed twice, again by "
                            + provider.getClass().getName());
                }
            }
        }
        return new CodeRegistry(Map.copyOf(systems), Map.copyOf(crosswalks));
    }

    /** Every system, sorted by id. */
    public List<CodeSystem> systems() {
        return systems.values().stream().sorted(Comparator.comparing(CodeSystem::id)).toList();
    }

    /** The system with {@code id}. */
    public Optional<CodeSystem> system(String id) {
        return Optional.ofNullable(systems.get(id));
    }

    /**
     * The system with {@code id}.
     *
     * @throws PlanexException (usage) naming the known ids when there is none
     */
    public CodeSystem requireSystem(String id) throws PlanexException {
        CodeSystem system = systems.get(id);
        if (system == null) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "unknown code system '" + id
                    + "'; known systems: " + String.join(", ", systems.keySet().stream().sorted().toList())
                    + " (see planex codes list)");
        }
        return system;
    }

    /** The systems whose {@linkplain CodeSystem#successor() successor} is {@code id}, sorted by id. */
    public List<CodeSystem> predecessors(String id) {
        return systems().stream().filter(s -> s.successor().filter(id::equals).isPresent()).toList();
    }

    /** Every crosswalk contributed directly, sorted by source and target id. */
    public List<Crosswalk> crosswalks() {
        return crosswalks.values().stream()
                .sorted(Comparator.comparing(Crosswalk::fromSystem).thenComparing(Crosswalk::toSystem)).toList();
    }

    /**
     * The crosswalk from {@code from} to {@code to} (a system id or {@value HarmonisedCategory#SYSTEM_ID}):
     * a direct one if contributed, else two chained through one intermediate system, else empty.
     */
    public Optional<Crosswalk> crosswalk(String from, String to) {
        Crosswalk direct = crosswalks.get(key(from, to));
        if (direct != null) {
            return Optional.of(direct);
        }
        Optional<String> successor = system(from).flatMap(CodeSystem::successor);
        return crosswalks().stream()
                .filter(first -> first.fromSystem().equals(from) && crosswalks.containsKey(key(first.toSystem(), to)))
                .min(Comparator.comparing((Crosswalk c) -> !successor.filter(c.toSystem()::equals).isPresent())
                        .thenComparing(Crosswalk::toSystem))
                .map(first -> new ComposedCrosswalk(first, crosswalks.get(key(first.toSystem(), to))));
    }

    /**
     * The crosswalk from {@code from} to {@code to}.
     *
     * @throws PlanexException (usage) if either system is unknown or no crosswalk connects them
     */
    public Crosswalk requireCrosswalk(String from, String to) throws PlanexException {
        requireSystem(from);
        if (!to.equals(HarmonisedCategory.SYSTEM_ID)) {
            requireSystem(to);
        }
        return crosswalk(from, to).orElseThrow(() -> new PlanexException(ErrorKind.USAGE, Location.UNKNOWN,
                "no crosswalk from " + from + " to " + to + "; available: " + String.join(", ",
                        crosswalks().stream().map(c -> c.fromSystem() + " -> " + c.toSystem()).toList())));
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }
}
