package org.dyad.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.syntax.Pos;

/**
 * Finds the longest dictionary phrases in a document, left to right: actor names (dated entries
 * by the article's date) and role nouns, never across a sentence break.
 */
final class DictionaryMatcher {
    private final ActorDictionary actors;
    private final AgentDictionary agents;

    DictionaryMatcher(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    AgentDictionary agents() {
        return agents;
    }

    List<DictionaryMatch> find(Document doc) {
        LocalDate date = doc.article().published().orElse(null);
        int n = doc.tokens().size();
        List<String> words = new ArrayList<>(n);
        List<String> lemmas = new ArrayList<>(n);
        // "Albanians", "Israelis": a plural demonym names its country's people.
        List<String> singulars = new ArrayList<>(n);
        // "al-Sissi", "Zelenskiy": people's names also match by their spelling-blind keys.
        List<String> keys = new ArrayList<>(n);
        // "N.A.T.O.", "A.N.C.": the text's acronyms with dots also match without them.
        List<String> undotted = new ArrayList<>(n);
        boolean dotted = false;
        for (int i = 0; i < n; i++) {
            String w = Phrase.normalize(doc.tokens().word(i));
            keys.add(NameKey.of(Phrase.undotted(w)));
            undotted.add(Phrase.undotted(w));
            dotted |= !undotted.get(i).equals(w);
            words.add(w);
            lemmas.add(Phrase.normalize(doc.lemmas().get(i)));
            boolean plural = doc.pos().get(i).endsWith("S") && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss");
            singulars.add(plural ? w.substring(0, w.length() - 1) : w);
        }
        int[] personSpans = personEntitySpans(doc);
        List<DictionaryMatch> out = new ArrayList<>();
        int next = 0;
        while (next < n) {
            final int i = next;
            Optional<ActorDictionary.Match> a = actors.longestMatch(words, singulars, i, date);
            Optional<ActorDictionary.Match> plain = dotted ? actors.longestMatch(undotted, undotted, i, date) : Optional.empty();
            if (plain.isPresent() && plain.get().length() > a.map(ActorDictionary.Match::length).orElse(0)) {
                a = plain;
            }
            Optional<ActorDictionary.Match> byKey = actors.longestPersonByKey(keys, i, date);
            if (byKey.isPresent() && byKey.get().length() > a.map(ActorDictionary.Match::length).orElse(0)) {
                a = byKey;
            }
            Optional<AgentDictionary.Match> g = agents.longestMatch(words, lemmas, i);
            int aLen = a.filter(x -> looksLikeName(doc, i, x.length()))
                    .filter(x -> !insidePersonName(x, i, personSpans))
                    .map(ActorDictionary.Match::length).orElse(0);
            int gLen = g.filter(x -> Pos.isNoun(doc.pos().get(i + x.length() - 1)))
                    .map(AgentDictionary.Match::length).orElse(0);
            if (aLen == 0 && gLen == 0) {
                next++;
                continue;
            }
            int end = i + Math.max(aLen, gLen);
            if (doc.sentences().sentenceOf(i) != doc.sentences().sentenceOf(end - 1)) {
                next++;
                continue;
            }
            int head = spanHead(doc, i, end);
            out.add(aLen >= gLen ? new DictionaryMatch(i, end, head, a.get().entry(), null)
                    : new DictionaryMatch(i, end, head, null, g.get().entry()));
            next = end;
        }
        return out;
    }

    /** For each token inside a PERSON entity, the entity's start and end at [2t] and [2t+1]; -1 elsewhere. */
    static int[] personEntitySpans(Document doc) {
        int[] span = new int[doc.tokens().size() * 2];
        Arrays.fill(span, -1);
        for (EntityMention e : doc.entities()) {
            if (e.type().equals("PERSON")) {
                int first = e.firstToken();
                while (first < e.endToken() && doc.pos().get(first).equals(Pos.DT)) {
                    first++; // NER takes a sentence's capitalised "An" into a name: "An Eriadorian was shot"
                }
                for (int t = first; t < e.endToken(); t++) {
                    span[2 * t] = first;
                    span[2 * t + 1] = e.endToken();
                }
            }
        }
        return span;
    }

    /**
     * Inside a person's name only an entry covering the whole name, or a person's entry ending it
     * (a surname), counts: "Un" in "Kim Jong Un" is not the UN. A relative sharing a leader's
     * surname ("Melania Trump") needs an entry of their own.
     */
    private static boolean insidePersonName(ActorDictionary.Match m, int first, int[] personSpans) {
        int entityStart = personSpans[2 * first];
        if (entityStart < 0) {
            return false;
        }
        int entityEnd = personSpans[2 * first + 1];
        // A name that is the whole entity is taken: NER often calls a country it does not know a person.
        if (first == entityStart && first + m.length() >= entityEnd) {
            return false;
        }
        // A person's surname ends the name ("Andreas Papandreou"): news names people that way.
        return !(m.entry().kind() == ActorKind.PERSON && first + m.length() == entityEnd);
    }

    /** Names are capitalised in news text; this keeps "china" the dishes and "turkey" the bird out. */
    private static boolean looksLikeName(Document doc, int first, int length) {
        if (length == 1 && isShortWord(doc.tokens().word(first))) {
            // "US", "UN", "IS", "WHO" are names only in capitals: not "Us", "Un", "Is", "Who".
            String w = doc.tokens().word(first);
            return w.equals(w.toUpperCase(Locale.ROOT));
        }
        for (int t = first; t < first + length; t++) {
            String w = doc.tokens().word(t);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortWord(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isLetter);
    }

    /** The token of {@code [first, end)} whose head lies outside the span. */
    private static int spanHead(Document doc, int first, int end) {
        int best = end - 1;
        for (int t = first; t < end; t++) {
            int h = doc.dependencies().head(t);
            if (h < first || h >= end) {
                best = t;
            }
        }
        return best;
    }
}
