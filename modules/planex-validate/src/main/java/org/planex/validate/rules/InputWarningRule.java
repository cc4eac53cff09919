package org.planex.validate.rules;

import org.planex.rule.Rule;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.validate.Validator;

/**
 * {@code INPUT.WARNING}: a warning a format reader or the profile gave while an input was loaded — a layer the
 * profile gives no role and that is skipped, a field name shortened, attachments a layered format cannot carry —
 * with the location it carries (file, entry or layer, line, record, feature id). The engine collects and
 * reports these warnings while it loads each input, as it reports {@code PKG.UNREADABLE}; this rule declares the
 * id, so that {@code --list-rules} lists it, {@code --rules} and {@code --skip} select it and a severity profile
 * can change its severity.
 *
 * @since 0.1
 */
public final class InputWarningRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(Validator.INPUT_WARNING, RuleScope.PACKAGE,
            Severity.WARNING, "A reader or the profile warned while loading the input (a layer skipped, a field"
                    + " name shortened ...).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
