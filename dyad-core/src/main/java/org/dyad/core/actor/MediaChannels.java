package org.dyad.core.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.syntax.Phrases;
import org.dyad.core.syntax.Rel;

/**
 * A news organisation or a platform named as the channel of a report is no party of what is
 * reported: "he told VOA", "told NBC's 'Meet the Press'", "in an interview with VOA Somali",
 * "did not respond to a VOA inquiry", "Asked by VOA", "according to AFP", "Reuters reported",
 * "slammed Moise for the jailbreak on Twitter", "sharing photos on Twitter, Instagram and
 * Facebook" (VOA, Wikinews). A medium stays a party where it is acted on or acts: "Trump also
 * attacked The Wall Street Journal", "Twitter suspended the account".
 */
final class MediaChannels {
    /** Verbs whose object or indirect object is the one spoken to: "told VOA", "asked by Reuters". */
    private static final Set<String> ADDRESSING = Set.of("tell", "ask", "inform", "brief", "contact", "direct",
            "email", "give", "send", "answer");
    /** Verbs a medium accompanies as the one spoken with or to: "spoke with VOA", "shared with VOA". */
    private static final Set<String> SPEAKING = Set.of("say", "speak", "talk", "share", "describe", "explain",
            "confirm", "reveal", "comment", "respond", "add", "write", "post", "announce", "tell", "ask", "reply",
            "insist", "deny", "claim", "complain");
    /** What a medium reports by: "Reuters reported", "The Financial Times cited security officials". */
    private static final Set<String> REPORTING = Set.of("report", "cite", "quote", "publish", "broadcast", "air");
    /** Nouns of a report or an exchange with a medium: "a VOA inquiry", "an interview with VOA", "VOA's Urdu Service". */
    private static final Set<String> REPORT_NOUNS = Set.of("interview", "request", "inquiry", "query", "question",
            "statement", "comment", "report", "remark", "conversation", "call", "email", "service", "program",
            "programme", "show", "broadcast", "article", "post", "tweet", "video", "podcast", "documentary",
            "correspondent");
    private static final Set<String> CHANNEL_CASES = Set.of("to", "with", "by", "from", "in");

    /** The mentions, less the media and platforms named only as the channel of a report. */
    List<ActorMention> parties(Document doc, List<ActorMention> named) {
        return named.stream().filter(m -> !isChannel(doc, m)).toList();
    }

    private static boolean isChannel(Document doc, ActorMention m) {
        String sector = m.code().sector();
        boolean media = sector.equals("MED");
        if ((m.basis() != ActorBasis.NAME && m.basis() != ActorBasis.MODIFIER) || !(media || sector.equals("BUS"))) {
            return false;
        }
        Token phrase = phraseHead(doc.token(m.headToken()));
        String caseWord = Phrases.caseOf(phrase);
        if (caseWord.equals("on") || caseWord.equals("via") || caseWord.equals("through")) {
            return true; // "on Twitter", "via Facebook": where it was said
        }
        if (!media) {
            return false;
        }
        if (phrase.index() != m.headToken() && REPORT_NOUNS.contains(lemma(phrase))) {
            return true; // "a VOA inquiry", "VOA's Korean Service", "VOA requests for comment"
        }
        Token governor = phrase.head();
        if (governor == null) {
            return false;
        }
        String rel = phrase.relation();
        String verb = lemma(governor);
        if ((Rel.is(rel, Rel.OBJ) || Rel.is(rel, Rel.IOBJ)) && ADDRESSING.contains(verb)) {
            return true;
        }
        if (caseWord.equals("according")) {
            return true; // "according to AFP"
        }
        if (Rel.isObliqueOrNominal(rel) && !rel.equals(Rel.NMOD_POSS) && CHANNEL_CASES.contains(caseWord)) {
            return SPEAKING.contains(verb) || ADDRESSING.contains(verb) || REPORT_NOUNS.contains(verb);
        }
        return Rel.is(rel, Rel.NSUBJ) && REPORTING.contains(verb);
    }

    /** The noun a name heads or modifies: "VOA" in "VOA's Urdu Service" is the service's. */
    private static Token phraseHead(Token t) {
        Token h = t;
        while (h.head() != null && (h.relation().equals(Rel.COMPOUND) || h.relation().equals(Rel.NMOD_POSS)
                || h.relation().startsWith("flat")) && h.head().isNoun()) {
            h = h.head();
        }
        return h;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
