package org.dyad.core.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.PartyKind;
/**
 * One dictionary line: a phrase, the code it stands for, and optionally the dates between which
 * the code holds (a leader is GOV while in office, ELI before and after).
 */
public record ActorEntry(List<String> words, ActorCode code, Optional<LocalDate> from, Optional<LocalDate> to,
        ActorKind kind, String source) {

    public ActorEntry {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("an actor entry needs a phrase");
        }
        words = List.copyOf(words);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("validity ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
        if (code == null || kind == null || source == null) {
            throw new IllegalArgumentException("an actor entry needs a code, kind and source");
        }
    }

    /** True when the entry holds on {@code date}; undated entries always hold. */
    public boolean validOn(LocalDate date) {
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }

    /** What kind of party the phrase names: a person, a region, else what its code says (a state, group or IGO). */
    public PartyKind partyKind() {
        return switch (kind) {
            case PERSON -> PartyKind.PERSON;
            case REGION -> PartyKind.REGION;
            case COUNTRY, ADJECTIVE, CAPITAL, PLACE, ORGANIZATION -> PartyKind.of(code);
        };
    }

    public boolean dated() {
        return from.isPresent() || to.isPresent();
    }
}
