package org.planex.format.inspire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.CodeSystemProvider;
import org.planex.spi.codes.ComposedCrosswalk;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;

/**
 * Gives the HILUCS values of a zone code from the crosswalk of the plan's code system to
 * {@value PluNames#HILUCS_SYSTEM} that the {@link CodeSystemProvider}s on the class path contribute (direct, or
 * through the system's successor edition). A code the
 * crosswalk does not map, a missing code, and every code of a system without such a crosswalk get
 * {@value PluNames#NOT_KNOWN_USE}; {@link #unmapped(String)} says which.
 *
 * <p><b>Thread safety:</b> not thread-safe (caches results); one instance per writer.
 */
final class HilucsMapper {

    private static final List<String> NOT_KNOWN = List.of(PluNames.NOT_KNOWN_USE);

    private final String system;
    private final CodeSystem codeSystem;
    private final Crosswalk crosswalk;
    private final Map<String, List<String>> cache = new HashMap<>();

    private HilucsMapper(String system, CodeSystem codeSystem, Crosswalk crosswalk) {
        this.system = system;
        this.codeSystem = codeSystem;
        this.crosswalk = crosswalk;
    }

    /**
     * The mapper of {@code system}, from the providers found with {@code loader}: its direct crosswalk to HILUCS,
     * else the crosswalk to its successor edition followed by the successor's to HILUCS (cn-ydyh-2020 through
     * cn-ydyh-2023).
     */
    static HilucsMapper of(String system, ClassLoader loader) {
        Map<String, CodeSystem> systems = new HashMap<>();
        Map<String, Crosswalk> crosswalks = new HashMap<>();
        for (CodeSystemProvider provider : ServiceLoader.load(CodeSystemProvider.class, loader)) {
            provider.codeSystems().forEach(s -> systems.putIfAbsent(s.id(), s));
            provider.crosswalks().forEach(c -> crosswalks.putIfAbsent(c.fromSystem() + " " + c.toSystem(), c));
        }
        CodeSystem found = systems.get(system);
        Crosswalk walk = crosswalks.get(system + " " + PluNames.HILUCS_SYSTEM);
        String successor = found == null ? null : found.successor().orElse(null);
        Crosswalk toSuccessor = crosswalks.get(system + " " + successor);
        Crosswalk successorToHilucs = crosswalks.get(successor + " " + PluNames.HILUCS_SYSTEM);
        if (walk == null && toSuccessor != null && successorToHilucs != null) {
            walk = new ComposedCrosswalk(toSuccessor, successorToHilucs);
        }
        return new HilucsMapper(system, found, walk);
    }

    /** Whether codes of the system can be mapped at all (the system is HILUCS or has a crosswalk to it). */
    boolean canMap() {
        return system.equals(PluNames.HILUCS_SYSTEM) || crosswalk != null;
    }

    /** The HILUCS values of {@code code} (never empty). */
    List<String> hilucs(String code) {
        if (code == null || !canMap()) {
            return NOT_KNOWN;
        }
        return cache.computeIfAbsent(code, this::map);
    }

    /** Whether {@code code} got {@value PluNames#NOT_KNOWN_USE} because nothing maps it. */
    boolean unmapped(String code) {
        return hilucs(code) == NOT_KNOWN;
    }

    private List<String> map(String code) {
        String normalised = codeSystem == null ? code : codeSystem.normalise(code);
        if (system.equals(PluNames.HILUCS_SYSTEM)) {
            return List.of(normalised);
        }
        CrosswalkResult result = crosswalk.map(normalised);
        return result.isMapped() ? result.targets() : NOT_KNOWN;
    }
}
