package org.planex.spi.crs;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Finds the {@link CrsDefinitions} implementation once, with the class loader of planex-spi first and the
 * thread's context class loader second (plugins loaded from {@code --plugins DIR}).
 *
 * <p><b>Thread safety:</b> thread-safe; a race loads twice and keeps one.
 */
final class CrsDefinitionsLoader {

    private static volatile CrsDefinitions instance;

    private CrsDefinitionsLoader() {
    }

    static CrsDefinitions provider() {
        CrsDefinitions found = instance;
        if (found == null) {
            found = load();
            instance = found;
        }
        return found;
    }

    private static CrsDefinitions load() {
        Iterator<CrsDefinitions> it = ServiceLoader.load(CrsDefinitions.class,
                CrsDefinitions.class.getClassLoader()).iterator();
        if (!it.hasNext()) {
            it = ServiceLoader.load(CrsDefinitions.class).iterator();
        }
        if (!it.hasNext()) {
            throw new IllegalStateException("no implementation of " + CrsDefinitions.class.getName()
                    + " on the class path: add the planex-crs module, which lists one in"
                    + " META-INF/services/org.planex.spi.crs.CrsDefinitions");
        }
        return it.next();
    }
}
