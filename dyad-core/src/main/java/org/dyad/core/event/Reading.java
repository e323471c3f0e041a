package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Factuality;
import org.dyad.core.ontology.CameoEntry;

/**
 * One predicate read as an event, as the coder's steps fill it in: the pattern's coding, the code
 * and CAMEO entry it resolved to, the event noun (or -1), the parties, the dyads, the factuality,
 * and the notes of the rules applied, in order (the event's audit {@code rule}).
 */
record Reading(Token verb, Coding coding, String code, CameoEntry entry, int noun, boolean obligation,
        boolean reportsOnly, Parties parties, List<Dyad> dyads, boolean joint, Factuality factuality,
        List<String> notes, List<CodingTrace.Mechanism> mechanisms) {

    Reading {
        if (verb == null || coding == null || code == null || entry == null) {
            throw new IllegalArgumentException("a reading needs a verb, a coding, a code and its CAMEO entry");
        }
        dyads = List.copyOf(dyads);
        notes = List.copyOf(notes);
        mechanisms = List.copyOf(mechanisms);
    }

    /** A reading with its code resolved and nothing else yet. */
    static Reading coded(Token verb, Coding coding, String code, CameoEntry entry, int noun, boolean obligation,
            boolean reportsOnly) {
        return new Reading(verb, coding, code, entry, noun, obligation, reportsOnly, Parties.NONE, List.of(), false,
                Factuality.ASSERTED, List.of(), List.of());
    }

    /** The CAMEO root of the resolved code. */
    String root() {
        return code.substring(0, 2);
    }

    boolean hasNoun() {
        return noun >= 0;
    }

    Reading withParties(Parties found) {
        return new Reading(verb, coding, code, entry, noun, obligation, reportsOnly, found, dyads, joint, factuality,
                notes, mechanisms);
    }

    Reading withDyads(List<Dyad> formed, boolean jointly) {
        return new Reading(verb, coding, code, entry, noun, obligation, reportsOnly, parties, formed, jointly,
                factuality, notes, mechanisms);
    }

    /** The reading under another entry and factuality, with the rule that rewrote it (typed, and for audit). */
    Reading rewritten(CameoEntry newEntry, Factuality newFactuality, CodingTrace.Mechanism by, String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Reading(verb, coding, code, newEntry, noun, obligation, reportsOnly, parties, dyads, joint,
                newFactuality, more, with(by));
    }

    /** The reading, marked as produced also by this mechanism. */
    Reading by(CodingTrace.Mechanism mechanism) {
        return new Reading(verb, coding, code, entry, noun, obligation, reportsOnly, parties, dyads, joint, factuality,
                notes, with(mechanism));
    }

    private List<CodingTrace.Mechanism> with(CodingTrace.Mechanism m) {
        List<CodingTrace.Mechanism> more = new ArrayList<>(mechanisms);
        more.add(m);
        return more;
    }

    Reading withFactuality(Factuality fact) {
        return new Reading(verb, coding, code, entry, noun, obligation, reportsOnly, parties, dyads, joint, fact, notes,
                mechanisms);
    }

    /** True when some dyad has a target. */
    boolean hasPartner() {
        return dyads.stream().anyMatch(d -> d.target().isPresent());
    }

    /** The audit rule: the pattern's, then what each step read, in order. */
    String rule() {
        StringBuilder rule = new StringBuilder(coding.rule());
        if (hasNoun()) {
            rule.append(" [noun ").append(verb.document().token(noun).lemma()).append(']');
        }
        if (parties.passive()) {
            rule.append(" [passive]");
        }
        if (parties.unnamedSource()) {
            rule.append(" [unnamed perpetrator]");
        }
        if (obligation) {
            rule.append(" [obligation]");
        }
        if (parties.weakTarget()) {
            rule.append(" [target in other phrase]");
        }
        if (joint) {
            rule.append(" [joint]");
        }
        for (String note : notes) {
            rule.append(" [").append(note).append(']');
        }
        return rule.toString();
    }
}
