package org.planex.rule;

import java.util.Locale;

/**
 * What a border piece is: land neither neighbour covers, or land both claim. Reported as the
 * {@linkplain Issue#kind() kind} of {@code BORDER.GAP}, {@code BORDER.OVERLAP} and {@code BORDER.SLIVER}, so a
 * reader of the report need not parse the message to tell a gap sliver from an overlap sliver, and of
 * {@code BORDER.OFFSET} (a spike reaching into the neighbour, or a notch falling short of it).
 *
 * @since 0.1
 */
public enum PieceKind {
    /** Land between the two versions of a border that neither package covers. */
    GAP,
    /** Land both packages cover. */
    OVERLAP;

    /** The lower-case token of the reports: {@code gap} or {@code overlap}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
