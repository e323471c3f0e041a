package org.dyad.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Sentence;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.EventDate;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.text.Span;

/**
 * Turns a finished reading into events, one per dyad (and the reverse event a pattern names, "arrived
 * in" 040:040), with the sentence, the trigger, the date, the quantities near its words, the
 * codebook values and a confidence.
 */
final class EventAssembler {
    /** The confidence of an event with a generic source and no target, below a named source's 0.10. */
    static final double GENERIC_WITHOUT_TARGET = 0.05;
    /** What a generic source ("police", an unlisted person, a passive's implicit agent) takes off. */
    static final double GENERIC_SOURCE_PENALTY = 0.2;
    /** What a generic target ("protesters", "a man") takes off. */
    static final double GENERIC_TARGET_PENALTY = 0.15;
    private final CameoOntology ontology;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final EventDateResolver dates = new EventDateResolver();

    EventAssembler(CameoOntology ontology) {
        this.ontology = ontology;
    }

    List<Event> events(Document doc, Reading r) {
        int v = r.verb().index();
        Sentence sentence = doc.sentence(doc.sentences().sentenceOf(v));
        Span sentenceSpan = sentence.rawSpan();
        int triggerToken = r.hasNoun() ? r.noun() : v;
        Span trigger = doc.token(triggerToken).rawSpan();
        String triggerText = trigger.of(doc.text().raw());
        Optional<EventDate> date = dates.resolve(doc, v);
        CameoEntry coded = r.entry();
        String rule = r.rule();
        // "Bree's president arrived in Gondor" (040:040): the target does the reverse event in return.
        Optional<CameoEntry> reverse = r.joint() ? Optional.empty() : r.coding().reverseCode().flatMap(ontology::nearest);
        List<Event> out = new ArrayList<>(r.dyads().size());
        for (Dyad d : r.dyads()) {
            double confidence = confidence(r, d);
            out.add(new Event(doc.id(), "pending", sentence.index(), sentenceSpan, sentence.rawText(),
                    d.source().actor(), d.target().map(Party::actor), coded.code(), coded.quadClass(),
                    coded.goldstein(), coded.plover(), r.factuality(), confidence, trigger, triggerText, rule, List.of(),
                    new EventAttributes(quantities.extract(doc, anchors(v, triggerToken, d.source(), d.target())), date)));
            if (reverse.isPresent() && d.target().isPresent()) {
                CameoEntry back = reverse.get();
                Party partner = d.target().get();
                out.add(new Event(doc.id(), "pending", sentence.index(), sentenceSpan, sentence.rawText(),
                        partner.actor(), Optional.of(d.source().actor()), back.code(), back.quadClass(),
                        back.goldstein(), back.plover(), r.factuality(), confidence, trigger, triggerText,
                        rule + " [reverse " + back.code() + "]", List.of(), new EventAttributes(
                                quantities.extract(doc, anchors(v, triggerToken, partner, Optional.of(d.source()))),
                                date)));
            }
        }
        return out;
    }

    private static List<Integer> anchors(int verb, int trigger, Party source, Optional<Party> target) {
        List<Integer> out = new ArrayList<>(List.of(verb));
        if (trigger != verb) {
            out.add(trigger);
        }
        out.add(source.headToken());
        target.ifPresent(t -> out.add(t.headToken()));
        return out;
    }

    /**
     * A heuristic, documented in docs/coding.md and calibrated on the PLOVER dev records: an event
     * without a target is rarely the dyad a coder records; one with a target is right about two
     * times in three, less when the target came from an unrelated phrase or an actor was only
     * referred to, a little more when a specific pattern or a joint reading coded it. A party
     * unnamed or generic ({@link org.dyad.core.facts.ActorBasis#isGeneric()}, the typed reason a
     * calibration reads) lowers it: such an event is below the same event with named parties.
     */
    private static double confidence(Reading r, Dyad d) {
        boolean genericSource = d.source().actor().isGeneric();
        if (d.target().isEmpty()) {
            return genericSource ? GENERIC_WITHOUT_TARGET : 0.1;
        }
        double c = 0.65;
        if (genericSource) {
            c -= GENERIC_SOURCE_PENALTY;
        }
        if (d.target().get().actor().isGeneric()) {
            c -= GENERIC_TARGET_PENALTY;
        }
        if (r.coding().specific()) {
            c += 0.05;
        }
        if (r.joint()) {
            c += 0.05;
        }
        if (r.parties().weakTarget()) {
            c -= 0.15;
        }
        if (d.source().antecedent().isPresent()) {
            c -= 0.1;
        }
        if (d.target().get().antecedent().isPresent()) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.95, c));
    }
}
