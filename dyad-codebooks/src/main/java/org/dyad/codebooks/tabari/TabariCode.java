package org.dyad.codebooks.tabari;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One bracketed actor code of a TABARI actor entry, upper-cased, with the dates between which it
 * holds: {@code [HOBGOV 19950601 - 19990815]}, {@code [HOB < 950601]} (until), {@code [HOBREB >
 * 990816]} (from).
 */
public record TabariCode(String code, Optional<LocalDate> from, Optional<LocalDate> to, int line) {
    public TabariCode {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("a code needs its text");
        }
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
    }

    public boolean dated() {
        return from.isPresent() || to.isPresent();
    }
}
