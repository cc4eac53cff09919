package org.planex.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.spi.WarningListener;

/**
 * Collects the warnings the readers and the profile give while one input is loaded (a layer without role, a
 * field name shortened, attachments left out) and turns them into {@value Validator#INPUT_WARNING} issues, one
 * per warning with the location it carries (file, entry, line, record, feature id), up to {@value #MAX}; the
 * rest are counted in one last issue.
 *
 * <p><b>Thread safety:</b> the listener may be called from any thread.
 *
 * @since 0.1
 */
final class InputWarnings implements WarningListener {

    /** The most warnings of one input reported one by one. */
    static final int MAX = 100;

    private final Path input;
    private final List<Location> locations = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int dropped;

    /** A collector for the warnings of one input. */
    InputWarnings(Path input) {
        this.input = input;
    }

    @Override
    public synchronized void warning(Location location, String message) {
        if (messages.size() < MAX) {
            locations.add(location == null || location.equals(Location.UNKNOWN) ? Location.of(input) : location);
            messages.add(message);
        } else {
            dropped++;
        }
    }

    /** The warnings as issues of the package, in the order given, severity warning. */
    synchronized List<Issue> issues(String packageId) {
        List<Issue> out = new ArrayList<>();
        for (int k = 0; k < messages.size(); k++) {
            Location l = locations.get(k);
            out.add(Issue.builder(Validator.INPUT_WARNING, Severity.WARNING)
                    .message("while reading: " + messages.get(k)).packages(packageId)
                    .features(l.featureId() == null ? List.of() : List.of(l.featureId())).at(l).build());
        }
        if (dropped > 0) {
            out.add(Issue.builder(Validator.INPUT_WARNING, Severity.WARNING)
                    .message(dropped + " more warnings while reading are not listed (the first " + MAX + " are)")
                    .packages(packageId).at(Location.of(input)).build());
        }
        return out;
    }
}
