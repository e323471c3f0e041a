package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.Token;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Span;
import org.dyad.core.syntax.Rel;

/**
 * Places every event: the place its predicate governs ("held exercises ... in western China",
 * "took Kabul"), else the first place of its sentence that names no actor, else the target's
 * country, else the article's focus country (the country its places name most), as a centroid.
 */
public final class EventLocator implements Stage {
    /** Prepositions that say where something happens (not "from", "to": those are movement). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "inside", "outside", "on",
            "around", "throughout", "within", "into", "off");

    private final Gazetteer gazetteer;

    public EventLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "event-locations";
    }

    @Override
    public Set<LayerKind> requires() {
        return Set.of(LayerKind.TOKENS, LayerKind.DEPENDENCIES, LayerKind.ACTORS, LayerKind.EVENTS, LayerKind.PLACES);
    }

    @Override
    public Set<LayerKind> provides() {
        return Set.of(LayerKind.EVENT_LOCATIONS);
    }

    @Override
    public Document apply(Document doc) {
        if (doc.events().isEmpty()) {
            return doc;
        }
        RawTokens raw = new RawTokens(doc);
        Map<Integer, PlaceMention> placeAtToken = new HashMap<>();
        for (PlaceMention p : toponyms(doc)) {
            for (int t = raw.firstAtOrAfter(p.start()); t < raw.size() && raw.end(t) <= p.end(); t++) {
                placeAtToken.put(t, p);
            }
        }
        Optional<PlaceMention> focus = focus(doc);
        List<Event> located = new ArrayList<>(doc.events().size());
        for (Event e : doc.events()) {
            located.add(locate(doc, e, raw.containing(e.triggerSpan().start()), placeAtToken, focus));
        }
        return doc.withLocatedEvents(located);
    }

    private Event locate(Document doc, Event e, int trigger, Map<Integer, PlaceMention> placeAt,
            Optional<PlaceMention> focus) {
        if (trigger >= 0) {
            List<Token> heads = new ArrayList<>();
            heads.add(doc.token(trigger));
            Token gov = doc.token(trigger).head();
            if (gov != null && (doc.token(trigger).relation().equals(Rel.OBJ) || Rel.is(doc.token(trigger).relation(), Rel.OBL))) {
                heads.add(gov); // a nominal trigger: its verb's places count too
            }
            for (Token h : heads) {
                for (Token c : h.children()) {
                    PlaceMention p = placeAt.get(c.index());
                    if (p != null && (locative(c) || c.relation().equals(Rel.OBJ)) && !isActorOf(e, p)) {
                        return e.withAttributes(e.attributes().withLocation(p, "governed by '" + h.word() + "'"));
                    }
                    if (p != null && c.relation().equals(Rel.OBJ) && e.cameoRoot().equals("19")) {
                        return e.withAttributes(e.attributes().withLocation(p, "object of '" + h.word() + "'"));
                    }
                }
            }
        }
        for (PlaceMention p : toponyms(doc)) {
            if (e.sentenceSpan().start() <= p.start() && p.end() <= e.sentenceSpan().end() && !isActorOf(e, p)
                    && !namesAnActor(doc, p)) {
                return e.withAttributes(e.attributes().withLocation(p, "in the sentence"));
            }
        }
        // Where the text names no place, the target's country is a better guess than the article's
        // focus: a meeting with the Taliban is placed in Afghanistan, not where the article is about.
        Optional<Event> byTarget = e.target().flatMap(t -> gazetteer.country(t.code().country())
                .map(country -> e.withAttributes(e.attributes().withLocation(new PlaceMention(t.rawSpan(), t.text(),
                        country, 0.5, Resolution.COUNTRY, true), "country of the target"))));
        if (byTarget.isPresent()) {
            return byTarget.get();
        }
        return focus.map(f -> e.withAttributes(e.attributes().withLocation(f, "article focus"))).orElse(e);
    }

    /** Demonyms ("Russian officials") say whose, not where: events are placed by toponyms only. */
    private static List<PlaceMention> toponyms(Document doc) {
        return doc.places().stream().filter(p -> !p.isDemonym()).toList();
    }

    private static boolean locative(Token t) {
        if (!(Rel.is(t.relation(), Rel.OBL) || Rel.is(t.relation(), Rel.NMOD))) {
            return false;
        }
        for (Token c : t.children(Rel.CASE)) {
            if (LOCATIVE.contains(c.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isActorOf(Event e, PlaceMention p) {
        Span s = e.source().rawSpan();
        boolean inSource = s.start() <= p.start() && p.end() <= s.end();
        boolean inTarget = e.target().map(t -> t.rawSpan().start() <= p.start() && p.end() <= t.rawSpan().end())
                .orElse(false);
        return inSource || inTarget;
    }

    /** "Afghanistan" in "Russia's ambassador to Afghanistan" is an actor, not where anything happens. */
    private static boolean namesAnActor(Document doc, PlaceMention p) {
        for (org.dyad.core.facts.ActorMention m : doc.actors()) {
            if (!m.isModifierOnly()
                    && m.rawSpan().start() <= p.start() && p.end() <= m.rawSpan().end()) {
                return true;
            }
        }
        return false;
    }

    /** The raw-text spans of a document's tokens, mapped once, in text order. */
    private static final class RawTokens {
        private final int[] starts;
        private final int[] ends;

        RawTokens(Document doc) {
            int n = doc.tokens().size();
            starts = new int[n];
            ends = new int[n];
            for (int t = 0; t < n; t++) {
                Span r = doc.token(t).rawSpan();
                starts[t] = r.start();
                ends[t] = r.end();
            }
        }

        int size() {
            return starts.length;
        }

        int end(int token) {
            return ends[token];
        }

        /** The first token starting at or after {@code offset}. */
        int firstAtOrAfter(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && starts[i - 1] == offset) {
                i--;
            }
            return i;
        }

        /** The token holding raw offset {@code offset}, or -1. */
        int containing(int offset) {
            int i = firstAtOrAfter(offset);
            if (i < size() && starts[i] == offset) {
                return i;
            }
            return i > 0 && offset < Math.max(ends[i - 1], starts[i - 1] + 1) ? i - 1 : -1;
        }
    }

    /** The country the article's places name most often, as a centroid mention. */
    private Optional<PlaceMention> focus(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, PlaceMention> first = new HashMap<>();
        for (PlaceMention p : toponyms(doc)) {
            String c = p.place().country();
            if (!c.isEmpty()) {
                counts.merge(c, 1, Integer::sum);
                first.putIfAbsent(c, p);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).flatMap(best -> {
            PlaceMention mention = first.get(best.getKey());
            return gazetteer.country(best.getKey()).map(country -> new PlaceMention(mention.raw(), mention.text(),
                    country, mention.score(), Resolution.COUNTRY, true));
        });
    }
}
