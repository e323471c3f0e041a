package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.MentionKind;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceEvidence;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.facts.Resolution;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;

/** Hand-built articles and events for store tests: no NLP, fictional or plainly stated facts. */
final class Fixtures {
    static final CodingProvenance PROVENANCE = new CodingProvenance("0.1.0-test",
            Map.of("phoenix-verbs", "sha256:aaaa", "countryinfo", "sha256:bbbb"));

    static final EventPlace KYIV = new EventPlace(703448, "Kyiv", Optional.of("UA"), Optional.of("12"), 50.4547,
            30.5238);

    private Fixtures() {}

    static Article article(String id, String text, LocalDate published, String url) {
        return new Article(id, text, Optional.ofNullable(published), Optional.ofNullable(url),
                Optional.of("Title of " + id));
    }

    /**
     * An event whose sentence is the whole article text and whose actors are found in it; a null
     * {@code type} for a code PLOVER has no type for.
     */
    static Event event(Article a, String eventId, String source, String target, String cameo, int quad,
            PloverType type) {
        String text = a.text();
        Span sentence = new Span(0, text.length());
        EventActor src = new EventActor(new ActorCode(source), source, new Span(0, Math.min(3, text.length())),
                Optional.empty());
        Optional<EventActor> tgt = Optional.ofNullable(target).map(t -> new EventActor(new ActorCode(t), t,
                new Span(0, Math.min(3, text.length())), Optional.empty()));
        return new Event(a.id(), eventId, 0, sentence, text, src, tgt, cameo, quad, quad >= 3 ? -5.0 : 3.0,
                Optional.ofNullable(type).map(t -> new Plover(t, Optional.empty(), Optional.empty())),
                Factuality.ASSERTED, 0.9, new Span(0, Math.min(3, text.length())),
                text.substring(0, Math.min(3, text.length())), "test-rule", List.of(), EventAttributes.NONE);
    }

    static EventFacts located(Event e, EventPlace place, long dead) {
        return new EventFacts(e, Optional.empty(), Optional.of(place),
                new EventQuantities(OptionalLong.of(dead), OptionalLong.empty(), OptionalLong.empty(),
                        OptionalLong.empty()));
    }

    /**
     * A deterministic synthetic article: {@code n} events, text made of words drawn from the
     * article number so that different articles are not near-duplicates.
     */
    static IngestItem synthetic(int number, int events, CodingProvenance prov) {
        StringBuilder sb = new StringBuilder();
        long x = 0x9E3779B97F4A7C15L * (number + 1);
        for (int w = 0; w < 60; w++) {
            x = MinHash.mix(x + w);
            sb.append(WORDS[(int) Long.remainderUnsigned(x, WORDS.length)]).append(' ');
        }
        sb.append("article ").append(number).append('.');
        Article a = article("syn-" + number, sb.toString(), LocalDate.of(2024, 1, 1).plusDays(number % 365),
                "https://news" + (number % 7) + ".example.org/a/" + number);
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String src = SOURCES[(number + i) % SOURCES.length];
            String tgt = SOURCES[(number * 7 + i + 1) % SOURCES.length];
            String cameo = CAMEOS[(number + 3 * i) % CAMEOS.length];
            int quad = QUADS[(number + 3 * i) % CAMEOS.length];
            list.add(event(a, "e" + i, src, tgt, cameo, quad, TYPES[(number + 3 * i) % CAMEOS.length]));
        }
        return IngestItem.of(a, list, prov);
    }

    /**
     * The mentions of {@code "Russian forces shelled Kyiv, ..."}: the demonym {@code Russian} (0-7,
     * standing for Russia) and the toponym {@code Kyiv} (23-27).
     */
    static List<PlaceMention> kyivMentions() {
        Place russia = new Place(-2017370, "Russia", "RUS", "", 61.5, 105.3, "A", "PCLI", 140_000_000);
        Place kyiv = new Place(703448, "Kyiv", "UKR", "Kyiv City", 50.4547, 30.5238, "P", "PPLC", 2_797_553);
        return List.of(
                new PlaceMention(new Span(0, 7), "Russian", russia, 1.0, Resolution.COUNTRY, true, MentionKind.DEMONYM,
                        new PlaceEvidence("demonym", List.of())),
                new PlaceMention(new Span(23, 27), "Kyiv", kyiv, 0.97, Resolution.CITY, false, MentionKind.TOPONYM,
                        new PlaceEvidence("prior", List.of(new PlaceEvidence.Alternative(
                                new Place(703447, "Kyiv", "UKR", "Kyiv Oblast", 50.4, 30.5, "A", "ADM1", 1_700_000), 1.2)))));
    }

    static final String[] SOURCES = {"USAGOV", "RUSMIL", "UKRGOV", "CHNGOV", "IRNGOV", "IGOUNO", "FRAGOV", "DEUGOV"};
    static final String[] CAMEOS = {"042", "190", "111", "057", "173", "036"};
    static final int[] QUADS = {1, 4, 3, 1, 4, 1};
    static final PloverType[] TYPES = {PloverType.CONSULT, PloverType.ASSAULT, PloverType.ACCUSE, PloverType.AGREE,
        PloverType.COERCE, PloverType.AGREE};
    private static final String[] WORDS = ("government minister troops border talks ceasefire election protest"
            + " capital president army rebels sanctions summit agreement statement officials police city province"
            + " refugees aid convoy attack drone missile parliament court vote opposition leader envoy meeting"
            + " negotiations treaty port village strike security forces militants hostages trade embassy").split(" ");
}
